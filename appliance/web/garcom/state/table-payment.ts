import { signal } from '@preact/signals';
import { errorText, t } from '../texts';
import { refreshTab, refreshTables, type TabView, tables } from './floor';
import { api } from './session';
import { openTableId, sheet, tell } from './ui';

export type CardMethod = 'CREDIT' | 'DEBIT';

/** What the waiter is about to charge: the whole tab's balance, or one part of the split. */
export interface PayTarget {
  amountCents: number;
  /** Its share of the service charge as previewed; the appliance computes the share it charges and answers it. */
  serviceChargeCents: number;
  /** The split part's neutral label (`table 4 seat 2`, `table 4 1/3`), null for the whole tab. */
  label: string | null;
}

/** Where the charge stands: the terminal is asked, it answered yes, or no (its pt-BR reason). */
export type PayState = { step: 'ready' } | { step: 'waiting'; since: number } | { step: 'approved'; amountCents: number; serviceChargeCents: number; nsu: string | null } | { step: 'failed'; reason: string };

export const payTarget = signal<PayTarget | null>(null);
/** The split parts paid by card at the table, by tab id: the split shows them paid (the appliance refuses a part twice). */
export const paidParts = signal<ReadonlyMap<string, ReadonlySet<string>>>(new Map());

function partPaid(tabId: string, label: string): void {
  const next = new Map(paidParts.value);
  next.set(tabId, new Set([...(next.get(tabId) ?? []), label]));
  paidParts.value = next;
}
export const payState = signal<PayState>({ step: 'ready' });

export function startPayment(target: PayTarget): void {
  payTarget.value = target;
  payState.value = { step: 'ready' };
}

/**
 * Charges the part on the store's TEF card terminal (the appliance answers once the terminal did).
 * Each tap is a new charge with its own Idempotency-Key. The last part closes the tab: the table
 * is free, and the waiter is back on the floor plan with a notice saying so.
 */
export async function chargeAtTable(tab: TabView, method: CardMethod, target: PayTarget): Promise<void> {
  if (payState.value.step === 'waiting') return;
  payState.value = { step: 'waiting', since: Date.now() };
  try {
    const body = { method, amountCents: target.amountCents, ...(target.label ? { payerLabel: target.label } : {}) };
    const answer = await api.post('/api/v1/tabs/{id}/card-payments', { params: { path: { id: tab.id } }, body, idempotencyKey: crypto.randomUUID() });
    payState.value = { step: 'approved', amountCents: answer.chargedCents, serviceChargeCents: answer.serviceChargeCents, nsu: answer.payment.providerRef };
    if (target.label) partPaid(tab.id, target.label);
    if (answer.tab.status === 'CLOSED') {
      const label = tables.value.find((x) => x.id === tab.tableIds[0])?.label ?? '';
      sheet.value = null;
      openTableId.value = null;
      tell('info', t('WAITER_PAY_TABLE_FREE', { label }));
    }
  } catch (error) {
    payState.value = { step: 'failed', reason: errorText(error) };
  }
  await refreshTables().catch(() => undefined);
  await refreshTab(tab.id).catch(() => undefined);
}
