import { newId } from '../kernel/ids.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';

export const CONSENT_SOURCES = ['POS', 'KIOSK', 'WEB', 'APP', 'PHONE', 'PAPER'] as const;
/**
 * Where a consent was given; the chat channels, ANONYMIZATION and LEGACY are written by the
 * appliance itself.
 */
export type ConsentSource = (typeof CONSENT_SOURCES)[number] | 'WHATSAPP' | 'INSTAGRAM' | 'MESSENGER' | 'ANONYMIZATION' | 'LEGACY';
/** MARKETING: offers and news; PERSONAL_DATA: the store keeps the customer's data for their next orders (the chat's question). */
export type ConsentPurpose = 'MARKETING' | 'PERSONAL_DATA';

export interface Consent {
  purpose: string;
  granted: boolean;
  source: string;
  recordedAt: string;
  recordedBy: string | null;
  /** The question the customer answered, as they read it, when the appliance asked it itself. */
  wording: string | null;
}

/** Appends one consent decision; the table is the proof of when, where, by whom and to what words it was taken. */
export function recordConsent(tx: CommandTx, customerId: string, purpose: ConsentPurpose, granted: boolean, source: ConsentSource, wording: string | null = null): void {
  tx
    .prepare('INSERT INTO customer_consents (id, customer_id, purpose, granted, source, recorded_at, recorded_by, wording) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(newId(), customerId, purpose, granted ? 1 : 0, source, tx.nowIso, tx.actor?.id ?? null, wording);
}

/** The purposes whose latest decision is a consent: what an erasure withdraws. */
export function grantedPurposes(db: Pick<CommandTx, 'prepare'>, customerId: string): ConsentPurpose[] {
  return db
    .prepare(
      `SELECT purpose FROM customer_consents latest WHERE customer_id = ? AND granted = 1
         AND rowid = (SELECT max(rowid) FROM customer_consents WHERE customer_id = latest.customer_id AND purpose = latest.purpose)`,
    )
    .pluck()
    .all(customerId) as ConsentPurpose[];
}

export function listConsents(db: Db, customerId: string): Consent[] {
  const rows = db
    .prepare('SELECT purpose, granted, source, recorded_at, recorded_by, wording FROM customer_consents WHERE customer_id = ? ORDER BY recorded_at, rowid')
    .all(customerId) as { purpose: string; granted: number; source: string; recorded_at: string; recorded_by: string | null; wording: string | null }[];
  return rows.map((r) => ({ purpose: r.purpose, granted: r.granted === 1, source: r.source, recordedAt: r.recorded_at, recordedBy: r.recorded_by, wording: r.wording }));
}
