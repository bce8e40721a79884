import { signal } from '@preact/signals';
import { createWebApi, type WebApi } from '../../shared/appliance-api';
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
 * "Abrir gaveta" with no sale: to change a note, or when a sale's pulse did not reach the drawer.
 * The appliance asks for a manager (a supervisor's own session approves); the key is the dialog's.
 */
export async function openDrawerWithoutSale(reason: string, key: string, manager?: ManagerApproval): Promise<void> {
  const open = drawer.value;
  if (!open) return;
  const body = { reason, ...(manager ? { managerOverride: manager } : {}) };
  await api.post('/api/v1/cashier-sessions/{id}/drawer-openings', { params: { path: { id: open.id } }, body, idempotencyKey: key });
}

/** Who reads (and prints) the X report on screen: the operator, or the manager signed in for it. */
let reader: { api: WebApi; signOut(): Promise<unknown> } | null = null;

/**
 * Leitura X of the open day. A cashier's role does not read reports: with a manager's username and
 * PIN the terminal signs the manager in for this reading, keeps that session while the report is on
 * screen (to print it) and signs them out when it is dismissed.
 */
export async function readXReport(manager?: ManagerApproval): Promise<void> {
  await closeXReport();
  if (manager) {
    const session = await api.post('/api/v1/auth/pin-login', { body: manager });
    const asManager = createWebApi({ session: { current: () => ({ token: session.accessToken }), renewed: () => undefined } });
    reader = { api: asManager, signOut: () => asManager.post('/api/v1/auth/logout').catch(() => undefined) };
  } else {
    reader = { api, signOut: async () => undefined };
  }
  try {
    xReportText.value = (await reader.api.get('/api/v1/business-days/current/x-report')).text;
  } catch (error) {
    await closeXReport();
    throw error;
  }
}

/** The X report on screen goes to the report printer; the key makes a double tap one copy. */
export async function printXReport(key: string): Promise<void> {
  if (!reader) return;
  await reader.api.post('/api/v1/business-days/current/x-report/print', { idempotencyKey: key });
}

export async function closeXReport(): Promise<void> {
  xReportText.value = null;
  const done = reader;
  reader = null;
  await done?.signOut();
}
