import { basename } from 'node:path';
import type { Actor } from '../../kernel/journal/event.js';
import type { ModuleContext } from '../../kernel/module.js';

export interface KeyRotation {
  keyId: string;
  resealed: number;
  resealedByStore: Record<string, number>;
  retired: string[];
}

/**
 * Rotation: the new key is added to the key file first (next to the old ones, not used yet); the
 * command that re-encrypts every sealed store (customers, orders' CPF na nota, print jobs, fiscal
 * documents, stored answers) switches to it, so the commands after it seal and index under the new
 * key and those before it under the old one, which it re-seals; then each day backup; then keys
 * nothing uses (in the store or a backup) are dropped from the file. A rotation that fails keeps
 * the old key current: the blind indexes the till looks customers up by stay those of the key in
 * use. A crash between the steps leaves values under a key still in the file; the start-up pass
 * finishes the store, the next rotation the backups.
 */
export async function rotatePiiKey(ctx: ModuleContext, actor: Actor | null, correlationId: string | null): Promise<KeyRotation> {
  const { keyring } = ctx.pii;
  const keyId = keyring.addKey();
  // The key in use when the command ran (another rotation may have committed since this one was asked for).
  let previous: string | null = null;
  let resealedByStore: Record<string, number>;
  try {
    resealedByStore = await ctx.commands.run(
      'customer.rotate_pii_key',
      (tx) => {
        const before = keyring.currentKeyId;
        previous = before;
        keyring.use(keyId);
        try {
          const counts = ctx.pii.resealAll(tx, tx.nowIso);
          const resealed = Object.values(counts).reduce((sum, n) => sum + n, 0);
          tx.emit({ type: 'customer.pii_key_rotated', aggregateType: 'pii_key', aggregateId: keyId, payload: { keyId, resealed, resealedByStore: counts } });
          return counts;
        } catch (error) {
          // At once: the next commands of this batch seal and index under the key the rows keep.
          keyring.use(before);
          throw error;
        }
      },
      { actor, correlationId },
    );
  } catch (error) {
    // The command rolled back (or its batch's commit failed): the rows are under the key it found.
    if (previous !== null) keyring.use(previous);
    throw error;
  }
  keyring.persistCurrent();
  // The day backups are copies of the store: sealed under the new key too, or a restore of one would
  // need the key retired below (and an erasure would not find their rows by the new blind indexes).
  const copies = await ctx.pii.resealCopies(ctx.clock.now().toISOString());
  for (const { file, error } of copies.failed) ctx.logger.error({ err: error, backup: basename(file), keyId }, 'could not reseal a backup under the new personal-data key; its key is kept');
  const retired = ctx.pii.retireUnused(ctx.db);
  return { keyId, resealed: Object.values(resealedByStore).reduce((sum, n) => sum + n, 0), resealedByStore, retired };
}
