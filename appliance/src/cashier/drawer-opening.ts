import { forbidden } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { OverrideRequest } from './operations.js';
import { requireOpenSession } from './sessions.js';

/** The action a manager approves to open a drawer with no cash moving. */
const DRAWER_OPEN_ACTION = 'cashier.drawer_open';

export interface DrawerOpening {
  openingId: string;
  sessionId: string;
  terminalId: string;
  operatorId: string | null;
  reason: string;
  authorizedBy: { managerId: string; managerName: string | null; overrideId: string | null };
}

/**
 * "Abrir gaveta": the drawer opened with no sale, to change a note or when a sale's pulse did not
 * reach it (a pulse is sent once and never late: printing-drawer.ts). A drawer opened without a
 * sale is where cash goes missing, so it always takes a manager (a supervisor approves their own)
 * and a reason, and the journal keeps who asked, who approved and why; the close counts them. No
 * money moves: the cash the drawer expects is unchanged.
 */
export function recordDrawerOpening(tx: CommandTx, sessionId: string, reason: string, requestOverride: OverrideRequest): DrawerOpening {
  const session = requireOpenSession(tx, sessionId);
  const override = requestOverride(DRAWER_OPEN_ACTION, { amountCents: 0, sessionId: session.id });
  if (!override) throw forbidden('MANAGER_OVERRIDE_REQUIRED', { action: DRAWER_OPEN_ACTION });
  const opening: DrawerOpening = {
    openingId: newId(),
    sessionId: session.id,
    terminalId: session.terminalId,
    operatorId: tx.actor?.id ?? null,
    reason,
    authorizedBy: { managerId: override.managerId, managerName: override.managerName ?? null, overrideId: override.overrideId ?? null },
  };
  tx.prepare('UPDATE cashier_sessions SET drawer_openings = drawer_openings + 1 WHERE id = ?').run(session.id);
  tx.emit({ type: 'cashier.drawer_opened', aggregateType: 'cashier_session', aggregateId: session.id, payload: opening });
  return opening;
}
