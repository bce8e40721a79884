import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../kernel/paths.js';
import type { MenuIndex } from '../parser/menu-index.js';
import { fold } from '../parser/normalise.js';
import { parseChatMessage, type ParsedMessage } from '../parser/parse.js';

/**
 * One labelled customer message (test/fixtures/chat-parser/labelled.json). Items are written
 * `"<quantity> <SKU> [optionId ...] [| remark]"`, e.g. `"2 BUR-002 medium bacon | sem cebola"`;
 * `removed` lists SKUs taken back from the cart; `unresolved` how many parts name nothing certain.
 */
export interface LabelledMessage {
  text: string;
  intent: ParsedMessage['intent'];
  items?: string[];
  removed?: string[];
  unresolved?: number;
}

interface Item {
  sku: string;
  quantity: number;
  options: string[];
  note: string | null;
}

export const SLOTS = ['intent', 'product', 'quantity', 'option', 'note', 'removed', 'unresolved'] as const;
export type Slot = (typeof SLOTS)[number];

export interface SetScore {
  messages: number;
  exactOrders: number;
  exactOrderAccuracy: number;
  slots: Record<Slot, { precision: number; recall: number }>;
  misses: { text: string; expected: string; got: string }[];
}

export function loadLabelledSet(): LabelledMessage[] {
  return JSON.parse(readFileSync(join(repoRoot(), 'test', 'fixtures', 'chat-parser', 'labelled.json'), 'utf8'));
}

function readItem(written: string): Item {
  const [head, note] = written.split('|').map((s) => s.trim());
  const [quantity, sku, ...options] = head.split(/\s+/);
  return { sku, quantity: Number(quantity), options: options.sort(), note: note ? fold(note) : null };
}

const orderKey = (items: readonly Item[]) => items.map((i) => `${i.quantity} ${i.sku} ${i.options.join(',')}`).sort().join(' + ');

/** Each slot's facts as strings, so precision and recall are multiset overlaps. */
function facts(intent: string, items: readonly Item[], removed: readonly string[], unresolved: number): Record<Slot, string[]> {
  return {
    intent: [intent],
    product: items.map((i) => i.sku),
    quantity: items.map((i) => `${i.sku}×${i.quantity}`),
    option: items.flatMap((i) => i.options.map((o) => `${i.sku}:${o}`)),
    note: items.flatMap((i) => (i.note ? [`${i.sku}:${i.note}`] : [])),
    removed: [...removed],
    unresolved: Array.from({ length: unresolved }, () => 'unresolved'),
  };
}

function overlap(expected: readonly string[], got: readonly string[]): number {
  const left = [...expected];
  let hits = 0;
  for (const fact of got) {
    const at = left.indexOf(fact);
    if (at >= 0) {
      left.splice(at, 1);
      hits++;
    }
  }
  return hits;
}

/**
 * Parses every message and compares: an order is exact when intent, every item (product,
 * quantity, options), what was taken back and whether something was left unclear all match;
 * remarks are scored as their own slot (free text, read by the kitchen).
 */
export function scoreLabelledSet(index: MenuIndex, set: readonly LabelledMessage[]): SetScore {
  const skuOf = (productId: string) => index.products.get(productId)?.sku ?? productId;
  const totals = Object.fromEntries(SLOTS.map((s) => [s, { hits: 0, expected: 0, got: 0 }])) as Record<Slot, { hits: number; expected: number; got: number }>;
  const misses: SetScore['misses'] = [];
  let exactOrders = 0;
  for (const message of set) {
    const parsed = parseChatMessage(index, message.text);
    const expectedItems = (message.items ?? []).map(readItem);
    const gotItems = parsed.items.map((i) => ({ sku: skuOf(i.productId), quantity: i.quantity, options: [...i.optionIds].sort(), note: i.notes ? fold(i.notes) : null }));
    const gotRemoved = parsed.removedProductIds.map(skuOf);
    const expected = facts(message.intent, expectedItems, message.removed ?? [], message.unresolved ?? 0);
    const got = facts(parsed.intent, gotItems, gotRemoved, parsed.unresolved.length);
    for (const slot of SLOTS) {
      totals[slot].hits += overlap(expected[slot], got[slot]);
      totals[slot].expected += expected[slot].length;
      totals[slot].got += got[slot].length;
    }
    const describe = (intent: string, items: Item[], removed: readonly string[], unresolved: number) => `${intent} [${orderKey(items)}] removed [${[...removed].sort().join(',')}] unresolved ${unresolved > 0}`;
    const want = describe(message.intent, expectedItems, message.removed ?? [], message.unresolved ?? 0);
    const have = describe(parsed.intent, gotItems, gotRemoved, parsed.unresolved.length);
    if (want === have) exactOrders++;
    else misses.push({ text: message.text, expected: want, got: `${have} ${JSON.stringify(parsed.unresolved)}` });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  const slots = Object.fromEntries(SLOTS.map((s) => [s, { precision: ratio(totals[s].hits, totals[s].got), recall: ratio(totals[s].hits, totals[s].expected) }])) as SetScore['slots'];
  return { messages: set.length, exactOrders, exactOrderAccuracy: ratio(exactOrders, set.length), slots, misses };
}
