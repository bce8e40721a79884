import { consumeManagerOverride, OVERRIDE_ROLES, type VerifiedManagerOverride } from '../auth/index.js';
import type { ManagerOverride, OverrideRequest } from '../cashier/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';

/**
 * The cashier's override port, answered by the auth module: a manager or admin acting in their
 * own session authorizes themselves; anyone else needs the one-time grant verified from the
 * request, consumed here (journaled by auth as `auth.override_granted` with both actors).
 */
export function overrideRequestFor(tx: CommandTx, verified: VerifiedManagerOverride | null, subject: { aggregateType: string; aggregateId: string }): OverrideRequest {
  return (action): ManagerOverride | null => {
    const actor = tx.actor;
    if (actor?.type === 'user' && (OVERRIDE_ROLES as readonly string[]).includes(actor.role ?? '')) {
      return { managerId: actor.id, managerName: actor.name ?? null, overrideId: null };
    }
    if (!verified) return null;
    const grant = consumeManagerOverride(tx, { action, override: verified, subject });
    return { managerId: grant.managerId, managerName: grant.managerName, overrideId: grant.grantId };
  };
}
