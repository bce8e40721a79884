import { signal } from '@preact/signals';
import { createWebApi } from '../../shared/appliance-api';
import { drawer } from './drawer';
import { api } from './session';
import type { ManagerApproval } from './sale';

export type DrawerOperation = 'WITHDRAWAL' | 'DEPOSIT';

/** F3: sangria, suprimento and the X report; open while set. */
export const drawerOpsOpen = signal(false);
/** The X report's printable text on screen. */
export const xReportText = signal<string | null>(null);

/**
 * A withdrawal (sangria) or deposit (suprimento) of cash in the operator's drawer. The key is the
 * dialog's, so a double submit or a retry with the manager's PIN is still one operation.
 */
export async function recordOperation(type: DrawerOperation, amountCents: number, reason: string, key: string, manager?: ManagerApproval): Promise<void> {
  const open = drawer.value;
  if (!open) return;
  const body = { type, amountCents, ...(reason ? { reason } : {}), ...(manager ? { managerOverride: manager } : {}) };
  await api.post('/api/v1/cashier-sessions/{id}/operations', { params: { path: { id: open.id } }, body, idempotencyKey: key });
}

/**
 * Leitura X of the open day. A cashier's role does not read reports: with a manager's username and
 * PIN the terminal signs the manager in for this one reading and signs them out again.
 */
export async function readXReport(manager?: ManagerApproval): Promise<void> {
  if (!manager) {
    xReportText.value = (await api.get('/api/v1/business-days/current/x-report')).text;
    return;
  }
  const session = await api.post('/api/v1/auth/pin-login', { body: manager });
  const asManager = createWebApi({ session: { current: () => ({ token: session.accessToken }), renewed: () => undefined } });
  try {
    xReportText.value = (await asManager.get('/api/v1/business-days/current/x-report')).text;
  } finally {
    await asManager.post('/api/v1/auth/logout').catch(() => undefined);
  }
}
