import type { Context } from 'hono';
import { consumeManagerOverride, OVERRIDE_ROLES, verifyRequestOverride, type VerifiedManagerOverride } from '../auth/index.js';
import type { Db } from '../kernel/db/open.js';
import type { AppEnv } from '../kernel/http/env.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';

/**
 * Reads and verifies (off the writer, since hashing is slow) the manager override sent with a
 * request, if any, counted against the caller and its terminal. The grant is consumed later,
 * inside the command that needs it.
 */
export async function verifiedOverrideOf(c: Context<AppEnv>, db: Db): Promise<VerifiedManagerOverride | null> {
  return verifyRequestOverride(c, db);
}

/**
 * Requires a manager's authorization for a protected order action. A manager or admin acting in
 * their own session is the authorization; anyone else must bring a one-time override grant.
 * Answers the id of the manager who authorized.
 */
export function requireManagerApproval(
  tx: CommandTx,
  action: string,
  override: VerifiedManagerOverride | null,
  subject: { aggregateType: string; aggregateId: string },
): string {
  if (tx.actor?.type === 'user' && (OVERRIDE_ROLES as readonly string[]).includes(tx.actor.role ?? '')) return tx.actor.id;
  return consumeManagerOverride(tx, { action, override, subject }).managerId;
}
