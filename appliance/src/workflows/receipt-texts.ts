import type { Db } from '../kernel/db/open.js';
import { isSafeText } from '../../contract/safe-text.js';

export type ReceiptTextPlace = 'header' | 'footer';

const keyOf = (place: ReceiptTextPlace) => `receipt.${place}`;

/**
 * Lines HQ (or the back office) prints under the store name (header) or above the thanks line
 * (footer) of customer receipts, as the contract's `receiptLinesSchema` takes them.
 */
export function readReceiptTexts(db: Db): { headerLines: string[]; footerLines: string[] } {
  const read = (place: ReceiptTextPlace) => {
    const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(keyOf(place)) as string | undefined;
    // Lines stored before they were checked for control bytes are left off the receipt, not printed.
    return raw ? (JSON.parse(raw) as string[]).filter((line) => typeof line === 'string' && isSafeText(line)) : [];
  };
  return { headerLines: read('header'), footerLines: read('footer') };
}

/** Replaces the header or footer lines (an empty list removes them). */
export function writeReceiptText(db: Db, place: ReceiptTextPlace, lines: string[]): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(keyOf(place), JSON.stringify(lines));
}
