import { computed, effect, signal } from '@preact/signals';
import { type Outcome, Outbox } from '../../shared/outbox';
import { errorText, t } from '../texts';
import type { Product } from './catalog';
import { refreshTab, tables } from './floor';
import { api, waiter } from './session';
import { offline, openTableId, tell } from './ui';

/** A line of the round being taken at the table, before it is sent. */
export interface DraftLine {
  key: number;
  product: Product;
  optionIds: string[];
  optionNames: string[];
  notes: string;
  /** The guest's seat, or null for something shared by the table. */
  seat: number | null;
}

interface RoundItem {
  productId: string;
  quantity: number;
  options: string[];
  notes?: string;
  seat?: number;
}

/** A round kept on the phone until the appliance answered it (Idempotency-Key made before the first try). */
interface QueuedRound {
  operatorId: string;
  tabId: string;
  /** The table the round was taken at: on joined tables its seats are that table's. */
  tableId?: string;
  key: string;
  items: RoundItem[];
}

/** Each tab's round in the making, by tab id. */
export const drafts = signal<ReadonlyMap<string, DraftLine[]>>(new Map());
/** The seat new lines go to: the waiter picks the guest once, then taps products. */
export const seatForNext = signal<number | null>(1);
let nextKey = 1;

export const draftOf = (tabId: string) => drafts.value.get(tabId) ?? [];

function setDraft(tabId: string, lines: DraftLine[]): void {
  const next = new Map(drafts.value);
  next.set(tabId, lines);
  drafts.value = next;
}

export function addLine(tabId: string, product: Product, optionIds: string[] = [], optionNames: string[] = [], notes = ''): void {
  setDraft(tabId, [...draftOf(tabId), { key: nextKey++, product, optionIds, optionNames, notes, seat: seatForNext.value }]);
}

/**
 * A round being taken on a tab that a colleague joined into another table's meanwhile: the tab is
 * gone from the floor, so its lines go on to the joined bill the table shows now, after any the
 * waiter already typed there. Nothing the guests asked for is lost to the join.
 */
export async function followJoinedDrafts(): Promise<void> {
  const onFloor = new Set(tables.value.map((table) => table.currentTabId));
  for (const [tabId, lines] of drafts.value) {
    if (lines.length === 0 || onFloor.has(tabId)) continue;
    const joinedInto = await joinedTabOf(tabId);
    if (joinedInto && joinedInto !== tabId && draftOf(tabId).length > 0) {
      setDraft(joinedInto, [...draftOf(joinedInto), ...draftOf(tabId)]);
      setDraft(tabId, []);
    }
  }
}

/** The tab a tab was joined into, following joins of joins; null for a tab still open or closed. */
async function joinedTabOf(tabId: string): Promise<string | null> {
  let current = tabId;
  // A join of a join is one hop each; the bound only guards against a cycle in a broken answer.
  for (let hop = 0; hop < 10; hop++) {
    const tab = (await api.get('/api/v1/tabs/{id}', { params: { path: { id: current } } })) as { status: string; mergedInto: string | null };
    if (tab.status !== 'MERGED' || !tab.mergedInto) return current === tabId ? null : current;
    current = tab.mergedInto;
  }
  return null;
}

export function removeLine(tabId: string, key: number): void {
  setDraft(tabId, draftOf(tabId).filter((l) => l.key !== key));
}

const itemOf = (line: DraftLine): RoundItem => ({
  productId: line.product.id,
  quantity: 1,
  options: line.optionIds,
  ...(line.notes ? { notes: line.notes } : {}),
  ...(line.seat ? { seat: line.seat } : {}),
});

async function perform(round: QueuedRound): Promise<unknown> {
  const answer = await api.post('/api/v1/tabs/{id}/rounds', { params: { path: { id: round.tabId } }, body: { items: round.items, ...(round.tableId ? { tableId: round.tableId } : {}) }, idempotencyKey: round.key });
  void refreshTab(round.tabId).catch(() => undefined);
  return answer;
}

/** An answer that arrived after the page that queued the round was reloaded. */
function unattended(_round: QueuedRound, outcome: Outcome<unknown>): void {
  if ('error' in outcome) tell('error', errorText(outcome.error));
  else tell('info', t('WAITER_ROUND_SENT'));
}

export const outbox = new Outbox<QueuedRound, unknown>('chefia-garcom-outbox', perform, unattended, () => waiter.value?.user.id ?? null, offline);
export const queuedRounds = computed(() => outbox.pending.value.length);

/** Picks up what an earlier page left unsent; each waiter's rounds go once they sign in again. */
export function startOutbox(): void {
  void outbox.restore();
  effect(() => {
    if (waiter.value) void outbox.drain();
  });
}

/**
 * Sends the tab's round to the kitchen. It is stored on the phone first, so a Wi-Fi drop loses
 * nothing: the waiter goes on, and the round is replayed with the same Idempotency-Key until the
 * appliance answers. A refusal puts the lines back.
 */
export async function sendRound(tabId: string): Promise<void> {
  const lines = draftOf(tabId);
  if (lines.length === 0 || !waiter.value) return;
  // The round leaves the draft before it is stored: a second tap finds nothing left to send.
  setDraft(tabId, []);
  let answered: Promise<unknown>;
  try {
    ({ answered } = await outbox.enqueue({ operatorId: waiter.value.user.id, tabId, ...(openTableId.value ? { tableId: openTableId.value } : {}), key: crypto.randomUUID(), items: lines.map(itemOf) }));
  } catch (error) {
    setDraft(tabId, [...lines, ...draftOf(tabId)]);
    tell('error', errorText(error));
    return;
  }
  if (offline.value) tell('info', t('WAITER_ROUND_QUEUED'));
  try {
    await answered;
    tell('info', t('WAITER_ROUND_SENT'));
  } catch (error) {
    setDraft(tabId, [...lines, ...draftOf(tabId)]);
    tell('error', errorText(error));
  }
}
