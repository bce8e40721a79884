import type { Db } from '../kernel/db/open.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { SealedColumn } from '../kernel/pii/sealed-column.js';
import { vaultOf } from '../kernel/pii/vault.js';

export const DATA_REQUEST_KINDS = ['ACCESS', 'CORRECTION', 'ANONYMIZATION', 'DELETION'] as const;
export type DataRequestKind = (typeof DATA_REQUEST_KINDS)[number];
export const DATA_REQUEST_CHANNELS = ['IN_STORE', 'PHONE', 'EMAIL', 'WEB', 'LETTER'] as const;
export type DataRequestChannel = (typeof DATA_REQUEST_CHANNELS)[number];

/** LGPD art. 19: a data subject's request is answered within 15 days. */
export const DATA_REQUEST_DEADLINE_DAYS = 15;

export interface DataRequest {
  id: string;
  customerId: string;
  kind: DataRequestKind;
  channel: string;
  requestedAt: string;
  dueAt: string;
  completedAt: string | null;
  handledBy: string | null;
  handledByName: string | null;
  notes: string | null;
}

interface DataRequestRow {
  id: string;
  customer_id: string;
  kind: DataRequestKind;
  channel: string;
  requested_at: string;
  due_at: string;
  completed_at: string | null;
  handled_by: string | null;
  handled_by_name: string | null;
  notes: string | null;
}

/** A request's notes are free text a person typed (an e-mail to answer, a name): sealed at rest like the record. */
export const sealedRequestNotes = new SealedColumn({ table: 'customer_data_requests', column: 'notes' });

const toDataRequest = (db: Db, r: DataRequestRow): DataRequest => ({
  id: r.id,
  customerId: r.customer_id,
  kind: r.kind,
  channel: r.channel,
  requestedAt: r.requested_at,
  dueAt: r.due_at,
  completedAt: r.completed_at,
  handledBy: r.handled_by,
  handledByName: r.handled_by_name,
  notes: sealedRequestNotes.open(vaultOf(db).keyring, r.id, r.notes),
});

/**
 * Logs a data-subject request, answered in the same command that carries it out, with who handled
 * it and the legal deadline. The journal event names the kind and dates, never the notes (free
 * text a person typed, which may hold personal data).
 */
export function recordDataRequest(
  tx: CommandTx,
  input: { customerId: string; kind: DataRequestKind; channel: DataRequestChannel; notes?: string | null },
): DataRequest {
  const id = newId();
  const dueAt = new Date(tx.now.getTime() + DATA_REQUEST_DEADLINE_DAYS * 86_400_000).toISOString();
  tx
    .prepare(
      `INSERT INTO customer_data_requests (id, customer_id, kind, channel, requested_at, due_at, completed_at, handled_by, handled_by_name, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, input.customerId, input.kind, input.channel, tx.nowIso, dueAt, tx.nowIso, tx.actor?.id ?? null, tx.actor?.name ?? null, sealedRequestNotes.seal(vaultOf(tx.db).keyring, id, input.notes ?? null));
  tx.emit({
    type: 'customer.data_request_handled',
    aggregateType: 'customer',
    aggregateId: input.customerId,
    payload: { requestId: id, customerId: input.customerId, kind: input.kind, channel: input.channel, requestedAt: tx.nowIso, dueAt, completedAt: tx.nowIso },
  });
  return toDataRequest(tx.db, tx.prepare('SELECT * FROM customer_data_requests WHERE id = ?').get(id) as DataRequestRow);
}

export function listDataRequests(db: Db, customerId: string): DataRequest[] {
  return (db.prepare('SELECT * FROM customer_data_requests WHERE customer_id = ? ORDER BY requested_at, rowid').all(customerId) as DataRequestRow[]).map((row) => toDataRequest(db, row));
}
