import type { Actor } from '../../kernel/journal/event.js';
import type { ModuleContext } from '../../kernel/module.js';

export interface KeyRotation {
  keyId: string;
  resealed: number;
  resealedByStore: Record<string, number>;
  retired: string[];
}

/**
 * Rotation: the new key is written to the key file first (next to the old ones), then every sealed
 * store (customers, orders' CPF na nota, print jobs, fiscal documents, stored answers) is
 * re-encrypted in one command, then keys nothing uses are dropped from the file. A crash between
 * the steps leaves values under a key still in the file; the start-up pass finishes.
 */
export async function rotatePiiKey(ctx: ModuleContext, actor: Actor | null, correlationId: string | null): Promise<KeyRotation> {
  const keyId = ctx.pii.keyring.rotate();
  const resealedByStore = await ctx.commands.run(
    'customer.rotate_pii_key',
    (tx) => {
      const counts = ctx.pii.resealAll(tx, tx.nowIso);
      const resealed = Object.values(counts).reduce((sum, n) => sum + n, 0);
      tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: keyId, payload: { keyId, resealed, resealedByStore: counts } });
      return counts;
    },
    { actor, correlationId },
  );
  const retired = ctx.pii.retireUnused(ctx.db);
  return { keyId, resealed: Object.values(resealedByStore).reduce((sum, n) => sum + n, 0), resealedByStore, retired };
}
