import { signal } from '@preact/signals';
import type { CustomerDisplayMessage } from '../../../contract/screens';
import { loadPairedScreen, type PairedScreen, type ScreenConfig } from '../../shared/device-screen';
import { linkScreen } from '../../shared/screen-link';

export const STORAGE_KEY = 'chefia.cliente.device';
const TERMINAL_KEY = 'chefia.cliente.terminal';

export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const shown = signal<CustomerDisplayMessage | null>(null);
export const live = signal(false);

/**
 * The POS terminal this screen faces: `?terminal=` in its address, else the one it followed
 * before, else the first terminal that shows a cart (a store with one till needs no set-up).
 */
let terminal: string | null = new URLSearchParams(location.search).get('terminal') ?? localStorage.getItem(TERMINAL_KEY);

function follow(message: CustomerDisplayMessage): void {
  if (!terminal) {
    if (message.phase === 'IDLE') return;
    terminal = message.terminalId;
  }
  if (message.terminalId !== terminal) return;
  localStorage.setItem(TERMINAL_KEY, terminal);
  shown.value = message;
}

export function startMirror(config: ScreenConfig, screen: PairedScreen): () => void {
  return linkScreen(screen, [`store/${config.storeId}/displays/+`], { storageKey: STORAGE_KEY, paired, live }, (payload) => {
    if (payload) follow(payload as CustomerDisplayMessage);
  });
}
