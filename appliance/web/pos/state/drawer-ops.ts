import { signal } from '@preact/signals';
import { apiRequest, postJson } from '../../shared/api';
import { drawer } from './drawer';
import { call } from './session';
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
  await call('POST', `/cashier-sessions/${open.id}/operations`, body, { idempotencyKey: key });
}

interface XReportAnswer {
  text: string;
}

/**
 * Leitura X of the open day. A cashier's role does not read reports: with a manager's username and
 * PIN the terminal signs the manager in for this one reading and signs them out again.
 */
export async function readXReport(manager?: ManagerApproval): Promise<void> {
  if (!manager) {
    xReportText.value = (await call<XReportAnswer>('GET', '/business-days/current/x-report')).text;
    return;
  }
  const session = await postJson<{ accessToken: string }>('/auth/pin-login', manager);
  try {
    xReportText.value = (await apiRequest<XReportAnswer>('GET', '/business-days/current/x-report', undefined, { token: session.accessToken })).text;
  } finally {
    await postJson('/auth/logout', {}, { token: session.accessToken }).catch(() => undefined);
  }
}
