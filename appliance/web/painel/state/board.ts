import { signal } from '@preact/signals';
import type { OrderBoardView } from '../../../contract/screens';
import { loadPairedScreen, type PairedScreen, type ScreenConfig } from '../../shared/device-screen';
import { linkScreen } from '../../shared/screen-link';
import { chime, prepareChime } from './chime';

export const STORAGE_KEY = 'chefia.painel.device';
/** How long a number that just became ready stays highlighted. */
const HIGHLIGHT_MS = 15_000;

export const paired = signal<PairedScreen | null>(loadPairedScreen(STORAGE_KEY));
export const board = signal<OrderBoardView | null>(null);
export const live = signal(false);
/** Numbers that became ready a moment ago. */
export const fresh = signal<ReadonlySet<number>>(new Set());

let known: ReadonlySet<number> | null = null;

/** A new board: numbers that were not ready before chime and light up (not on the first board after a start). */
function show(next: OrderBoardView): void {
  const ready = new Set(next.ready.map((o) => o.number));
  const arrived = known ? [...ready].filter((n) => !known!.has(n)) : [];
  known = ready;
  board.value = next;
  if (arrived.length === 0) return;
  chime();
  fresh.value = new Set([...fresh.value, ...arrived]);
  setTimeout(() => {
    fresh.value = new Set([...fresh.value].filter((n) => !arrived.includes(n)));
  }, HIGHLIGHT_MS);
}

export function startBoard(config: ScreenConfig, screen: PairedScreen): () => void {
  prepareChime();
  return linkScreen(screen, [`store/${config.storeId}/board/orders`], { storageKey: STORAGE_KEY, paired, live }, (payload) => {
    if (payload) show(payload as OrderBoardView);
  });
}
