import { signal } from '@preact/signals';
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

/** Blind close: the operator's counts go in, the comparison with the expected amounts comes back. */
export async function closeDrawer(counted: Partial<Record<CountedMethod, number>>): Promise<void> {
  const open = drawer.value;
  if (!open) return;
  const answer = await api.post('/api/v1/cashier-sessions/{id}/close', { params: { path: { id: open.id } }, body: { counted }, idempotencyKey: crypto.randomUUID() });
  closing.value = false;
  closeSlip.value = answer.text;
}
