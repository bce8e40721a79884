import { signal } from '@preact/signals';
import { ApiError } from '../../shared/api';
import { api, operator, terminalId } from './session';

export interface Drawer {
  id: string;
  terminalId: string;
  openingFloatCents: number;
}

/** The operator's open drawer (cashier session); cash sales need one. `undefined` while it is looked up. */
export const drawer = signal<Drawer | null | undefined>(undefined);

export async function findOpenDrawer(): Promise<void> {
  const open = await api.get('/api/v1/cashier-sessions');
  const mine = open.find((s) => s.status === 'OPEN' && s.operatorId === operator.value?.user.id);
  drawer.value = mine ?? null;
}

export async function openDrawer(openingFloatCents: number): Promise<void> {
  drawer.value = await api.post('/api/v1/cashier-sessions', { body: { terminalId: terminalId.value!, openingFloatCents }, idempotencyKey: crypto.randomUUID() });
}

/** The close slip the appliance answered (and printed); on screen until the operator is done. */
export const closeSlip = signal<string | null>(null);
export const closing = signal(false);

export type CountedMethod = 'CASH' | 'CREDIT' | 'DEBIT' | 'PIX';

/**
 * The key of the counts last submitted: tapping "Fechar caixa" again after a lost answer sends the
 * same counts with the same key, so the appliance answers the close it already made.
 */
let lastClose: { sessionId: string; counts: string; key: string } | null = null;

function closeKeyFor(sessionId: string, counted: Partial<Record<CountedMethod, number>>): string {
  const counts = JSON.stringify(counted);
  if (lastClose?.sessionId !== sessionId || lastClose.counts !== counts) lastClose = { sessionId, counts, key: crypto.randomUUID() };
  return lastClose.key;
}

/** Blind close: the operator's counts go in, the comparison with the expected amounts comes back. */
export async function closeDrawer(counted: Partial<Record<CountedMethod, number>>): Promise<void> {
  const open = drawer.value;
  if (!open) return;
  const slip = await closeAnswerText(open.id, counted);
  closing.value = false;
  closeSlip.value = slip;
}

/**
 * A drawer already closed (the first tap's answer was lost and the counts were then corrected, or a
 * manager closed it) has its slip: the operator sees that close instead of an error.
 */
async function closeAnswerText(sessionId: string, counted: Partial<Record<CountedMethod, number>>): Promise<string> {
  try {
    const answer = await api.post('/api/v1/cashier-sessions/{id}/close', { params: { path: { id: sessionId } }, body: { counted }, idempotencyKey: closeKeyFor(sessionId, counted) });
    return answer.text;
  } catch (failure) {
    if (!(failure instanceof ApiError && failure.code === 'CASHIER_SESSION_CLOSED')) throw failure;
    const closed = await api.get('/api/v1/cashier-sessions/{id}/close-report', { params: { path: { id: sessionId } } });
    return closed.text;
  }
}
