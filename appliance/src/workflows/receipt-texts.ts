import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/**
 * Lines HQ prints under the store name (header) or above the thanks line (footer) of customer
 * receipts: a list, or one text with a line per `\n`; an empty list removes them.
 */
export const receiptTextSchema = lazySchema(() => z.preprocess(
  (value) => (typeof value === 'string' ? value.split('\n') : value),
  z.array(z.string().trim().min(1).max(48)).max(5),
));
export type ReceiptTextPlace = 'header' | 'footer';

const keyOf = (place: ReceiptTextPlace) => `receipt.${place}`;

export function readReceiptTexts(db: Db): { headerLines: string[]; footerLines: string[] } {
  const read = (place: ReceiptTextPlace) => {
    const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(keyOf(place)) as string | undefined;
    return raw ? receiptTextSchema.parse(JSON.parse(raw)) : [];
  };
  return { headerLines: read('header'), footerLines: read('footer') };
}

/** Replaces the header or footer lines (an empty list removes them). */
export function writeReceiptText(db: Db, place: ReceiptTextPlace, lines: string[]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(keyOf(place), JSON.stringify(lines));
}
