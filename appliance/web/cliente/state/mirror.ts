import { signal } from '@preact/signals';
import type { CustomerDisplayMessage } from '../../../contract/screens';
import { loadPairedScreen, type PairedScreen, type ScreenConfig } from '../../shared/device-screen';
import { linkScreen } from '../../shared/screen-link';

export const STORAGE_KEY = 'chefia.cliente.device';
export const TERMINAL_KEY = 'chefia.cliente.terminal';

export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const shown = signal<CustomerDisplayMessage | null>(null);
export const live = signal(false);

/**
 * The POS terminal this screen faces, and only that one: `?terminal=` in its address (kept on this
 * screen, so a reload at `/cliente` stays on it; an empty `?terminal=` forgets it), else the one
 * chosen here before. Without one the screen lists the tills and shows no cart: a customer must
 * never read another till's sale, nor pay another till's PIX.
 */
export function terminalFromAddress(search: string): string | null {
  const asked = new URLSearchParams(search).get('terminal');
  if (asked === null) return localStorage.getItem(TERMINAL_KEY);
  const id = asked.trim();
  if (id) localStorage.setItem(TERMINAL_KEY, id);
  else localStorage.removeItem(TERMINAL_KEY);
  return id || null;
}

export const terminal = signal<string | null>(terminalFromAddress(location.search));

/** A till seen on the store's displays topic, for the choice of the till: its id, what it shows (not its cart), since when. */
export interface TillSeen {
  terminalId: string;
  phase: CustomerDisplayMessage['phase'];
  publishedAt: string;
}

export const tills = signal<TillSeen[]>([]);
/** Each till's latest picture: the chosen one shows at once. */
const latest = new Map<string, CustomerDisplayMessage>();

export function follow(message: CustomerDisplayMessage): void {
  if (!message.terminalId) return;
  latest.set(message.terminalId, message);
  const seen: TillSeen = { terminalId: message.terminalId, phase: message.phase, publishedAt: message.publishedAt };
  tills.value = [...tills.value.filter((till) => till.terminalId !== message.terminalId), seen].sort((a, b) => a.terminalId.localeCompare(b.terminalId, 'pt-BR', { numeric: true }));
  if (message.terminalId === terminal.value) shown.value = message;
}

/** The till chosen on this screen (tap or Enter on its button): kept, the screen follows it from now on. */
export function chooseTerminal(terminalId: string): void {
  localStorage.setItem(TERMINAL_KEY, terminalId);
  terminal.value = terminalId;
  shown.value = latest.get(terminalId) ?? null;
}

export function startMirror(config: ScreenConfig, screen: PairedScreen): () => void {
  return linkScreen(screen, [`store/${config.storeId}/displays/+`], { storageKey: STORAGE_KEY, paired, live }, (payload) => {
    if (payload) follow(payload as CustomerDisplayMessage);
  });
}
