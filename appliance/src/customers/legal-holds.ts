import type { CommandTx } from '../kernel/journal/command-bus.js';

export interface LegalHold {
  orderId: string;
  accessKey: string;
  reason: string;
  heldAt: string;
  holdUntil: string;
}

/** The end of the fiscal retention period counted from the document's issue date. */
export function holdUntil(issuedAt: string, retentionYears: number): string {
  const end = new Date(issuedAt);
  end.setUTCFullYear(end.getUTCFullYear() + retentionYears);
  return end.toISOString();
}

/** Records which fiscal documents of an erased customer are kept, and until when, for the export and audits. */
export function recordLegalHolds(tx: CommandTx, customerId: string, holds: readonly Omit<LegalHold, 'heldAt'>[]): void {
  const insert = tx.prepare(
    'INSERT INTO customer_legal_holds (customer_id, order_id, access_key, reason, held_at, hold_until) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  for (const hold of holds) insert.run(customerId, hold.orderId, hold.accessKey, hold.reason, tx.nowIso, hold.holdUntil);
}

export function listLegalHolds(db: Pick<CommandTx, 'prepare'>, customerId: string): LegalHold[] {
  const rows = db
    .prepare('SELECT order_id, access_key, reason, held_at, hold_until FROM customer_legal_holds WHERE customer_id = ? ORDER BY held_at, access_key')
    .all(customerId) as { order_id: string; access_key: string; reason: string; held_at: string; hold_until: string }[];
  return rows.map((r) => ({ orderId: r.order_id, accessKey: r.access_key, reason: r.reason, heldAt: r.held_at, holdUntil: r.hold_until }));
}
