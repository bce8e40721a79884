import { newId } from '../kernel/ids.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';

export const CONSENT_SOURCES = ['POS', 'KIOSK', 'WEB', 'APP', 'PHONE', 'PAPER'] as const;
/** Where a consent was given; ANONYMIZATION and LEGACY are written by the appliance itself. */
export type ConsentSource = (typeof CONSENT_SOURCES)[number] | 'ANONYMIZATION' | 'LEGACY';

export interface Consent {
  purpose: string;
  granted: boolean;
  source: string;
  recordedAt: string;
  recordedBy: string | null;
}

/** Appends one consent decision; the table is the proof of when, where and by whom it was taken. */
export function recordConsent(tx: CommandTx, customerId: string, purpose: 'MARKETING', granted: boolean, source: ConsentSource): void {
  tx
    .prepare('INSERT INTO customer_consents (id, customer_id, purpose, granted, source, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(newId(), customerId, purpose, granted ? 1 : 0, source, tx.nowIso, tx.actor?.id ?? null);
}

export function listConsents(db: Db, customerId: string): Consent[] {
  const rows = db
    .prepare('SELECT purpose, granted, source, recorded_at, recorded_by FROM customer_consents WHERE customer_id = ? ORDER BY recorded_at, rowid')
    .all(customerId) as { purpose: string; granted: number; source: string; recorded_at: string; recorded_by: string | null }[];
  return rows.map((r) => ({ purpose: r.purpose, granted: r.granted === 1, source: r.source, recordedAt: r.recorded_at, recordedBy: r.recorded_by }));
}
