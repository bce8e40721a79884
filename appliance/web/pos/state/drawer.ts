import { signal } from '@preact/signals';
import { call, operator, terminalId } from './session';

export interface Drawer {
  id: string;
  terminalId: string;
  openingFloatCents: number;
}

/** The operator's open drawer (cashier session); cash sales need one. `undefined` while it is looked up. */
export const drawer = signal<Drawer | null | undefined>(undefined);

export async function findOpenDrawer(): Promise<void> {
  const open = await call<(Drawer & { operatorId: string; status: string })[]>('GET', '/cashier-sessions');
  const mine = open.find((s) => s.status === 'OPEN' && s.operatorId === operator.value?.user.id);
  drawer.value = mine ?? null;
}

export async function openDrawer(openingFloatCents: number): Promise<void> {
  drawer.value = await call<Drawer>('POST', '/cashier-sessions', { terminalId: terminalId.value, openingFloatCents }, { idempotencyKey: crypto.randomUUID() });
}
