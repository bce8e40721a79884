import { signal } from '@preact/signals';

/** The screen: the floor plan, or one table with what is open over it. */
export type Sheet = null | 'menu' | 'more' | 'transfer-tab' | 'transfer-items' | 'merge' | 'split' | 'bill' | 'pay' | 'cancel-item';

export const openTableId = signal<string | null>(null);
export const sheet = signal<Sheet>(null);
/** True while the appliance does not answer; the bar says "sem conexão". */
export const offline = signal(false);
export const notice = signal<{ kind: 'info' | 'error' | 'ready'; text: string } | null>(null);

let clearing: ReturnType<typeof setTimeout> | undefined;

export function tell(kind: 'info' | 'error' | 'ready', text: string): void {
  notice.value = { kind, text };
  clearTimeout(clearing);
  clearing = setTimeout(() => (notice.value = null), 6000);
}
