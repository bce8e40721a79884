import type { Actor } from '../../kernel/journal/event.js';
import type { ModuleContext } from '../../kernel/module.js';
import type { PiiKeyring } from './keyring.js';
import { keyIdsInUse, resealStaleCustomers } from './reseal.js';

export interface KeyRotation {
  keyId: string;
  resealed: number;
  retired: string[];
}

/**
 * Rotation: the new key is written to the key file first (next to the old ones), then every row is
 * re-encrypted and re-indexed in one command, then keys nothing uses are dropped from the file. A
 * crash between the steps leaves rows under a key still in the file; the start-up pass finishes.
 */
export async function rotatePiiKey(ctx: ModuleContext, keyring: PiiKeyring, actor: Actor | null, correlationId: string | null): Promise<KeyRotation> {
  const keyId = keyring.rotate();
  const resealed = await ctx.commands.run(
    'customer.rotate_pii_key',
    (tx) => {
      const count = resealStaleCustomers(tx, keyring);
      tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: keyId, payload: { keyId, resealed: count } });
      return count;
    },
    { actor, correlationId },
  );
  const retired = keyring.retireAllBut(keyIdsInUse(ctx.db));
  return { keyId, resealed, retired };
}
