import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { RelayDb } from '../db/database.js';
import { RelayError } from '../http/envelope.js';
import { newEnrollmentCode, newSecretToken, normalizeEnrollmentCode, sha256Hex } from '../util/secrets.js';

export const DEFAULT_CLIENT_ID = '00000000-0000-0000-0000-000000000001';
const ENROLLMENT_CODE_DAYS = 7;

export interface StoreSummary {
  id: string;
  clientId: string;
  code: string;
  name: string;
  timeZone: string;
  createdAt: string;
  enrolled: boolean;
  enrollmentPending: boolean;
  highWater: number;
  journalHead: number;
  lagEvents: number;
  lagSeconds: number;
  lastSeenAt: string | null;
  online: boolean;
  downstreamAcked: number;
  downstreamPending: number;
}

export async function createStore(
  db: RelayDb,
  input: { code: string; name: string; timeZone?: string },
): Promise<{ store: StoreSummary; enrollmentCode: string }> {
  const id = crypto.randomUUID();
  const enrollmentCode = newEnrollmentCode();
  // The unique code decides, in the insert itself: a check before it let two registrations sent
  // together (a double click, a retried request) both pass, and the second failed on the index.
  const inserted = await db
    .insertInto('relay.stores')
    .values({
      id,
      client_id: DEFAULT_CLIENT_ID,
      code: input.code,
      name: input.name,
      time_zone: input.timeZone ?? 'America/Sao_Paulo',
      enrollment_code_hash: sha256Hex(enrollmentCode),
      enrollment_expires_at: new Date(Date.now() + ENROLLMENT_CODE_DAYS * 86400_000),
    })
    .onConflict((conflict) => conflict.column('code').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new RelayError('STORE_CODE_TAKEN', 409, { params: { code: input.code } });
  return { store: await getStore(db, id, 90), enrollmentCode };
}

/** Issues a fresh one-time code (e.g. to re-install an appliance); the old credential keeps working until used. */
export async function renewEnrollmentCode(db: RelayDb, storeId: string): Promise<string> {
  const enrollmentCode = newEnrollmentCode();
  const result = await db
    .updateTable('relay.stores')
    .set({
      enrollment_code_hash: sha256Hex(enrollmentCode),
      enrollment_expires_at: new Date(Date.now() + ENROLLMENT_CODE_DAYS * 86400_000),
      enrollment_code_redeemed: false,
    })
    .where('id', '=', storeId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new RelayError('STORE_NOT_FOUND', 404);
  return enrollmentCode;
}

/**
 * Exchanges a code for the store credential. The code stays valid until the store first uses the
 * credential (the trigger of migration 020 clears it then): when the answer never reached the
 * store, its retry with the same code gets a fresh credential, which replaces the unused one, so
 * no credential the store never received keeps working.
 */
export async function enrollStore(
  db: RelayDb,
  code: string,
): Promise<{ storeId: string; storeCode: string; storeName: string; timeZone: string; credential: string; highWater: number }> {
  const credential = newSecretToken('csk');
  const row = await db
    .updateTable('relay.stores')
    .set({ credential_hash: sha256Hex(credential), enrolled_at: new Date(), enrollment_code_redeemed: true })
    .where('enrollment_code_hash', '=', sha256Hex(normalizeEnrollmentCode(code)))
    .where('enrollment_expires_at', '>', new Date())
    .returning(['id', 'code', 'name', 'time_zone', 'high_water'])
    .executeTakeFirst();
  if (!row) throw new RelayError('ENROLLMENT_CODE_INVALID', 400);
  return { storeId: row.id, storeCode: row.code, storeName: row.name, timeZone: row.time_zone, credential, highWater: row.high_water };
}

function storeQuery(db: RelayDb) {
  return db
    .selectFrom('relay.stores as s')
    .select([
      's.id', 's.client_id', 's.code', 's.name', 's.time_zone', 's.created_at', 's.enrolled_at', 's.enrollment_code_hash',
      's.high_water', 's.journal_head', 's.oldest_unsent_at', 's.last_seen_at', 's.downstream_acked',
      sql<number>`(SELECT count(*) FROM relay.downstream_messages m WHERE m.store_id = s.id AND m.cursor > s.downstream_acked)`.as('downstream_pending'),
    ]);
}

function toSummary(row: any, offlineAfterSeconds: number, now = Date.now()): StoreSummary {
  const lastSeen: Date | null = row.last_seen_at;
  const oldestUnsent: Date | null = row.oldest_unsent_at;
  const lagEvents = Math.max(0, row.journal_head - row.high_water);
  return {
    id: row.id,
    clientId: row.client_id,
    code: row.code,
    name: row.name,
    timeZone: row.time_zone,
    createdAt: row.created_at.toISOString(),
    enrolled: row.enrolled_at !== null,
    enrollmentPending: row.enrollment_code_hash !== null,
    highWater: row.high_water,
    journalHead: row.journal_head,
    lagEvents,
    lagSeconds: lagEvents > 0 && oldestUnsent ? Math.max(0, Math.round((now - oldestUnsent.getTime()) / 1000)) : 0,
    lastSeenAt: lastSeen ? lastSeen.toISOString() : null,
    online: lastSeen !== null && now - lastSeen.getTime() <= offlineAfterSeconds * 1000,
    downstreamAcked: row.downstream_acked,
    downstreamPending: row.downstream_pending,
  };
}

export async function listStores(db: RelayDb, offlineAfterSeconds: number): Promise<StoreSummary[]> {
  const rows = await storeQuery(db).orderBy('s.name').execute();
  return rows.map((row) => toSummary(row, offlineAfterSeconds));
}

export async function getStore(db: RelayDb, storeId: string, offlineAfterSeconds: number): Promise<StoreSummary> {
  const row = await storeQuery(db).where('s.id', '=', storeId).executeTakeFirst();
  if (!row) throw new RelayError('STORE_NOT_FOUND', 404);
  return toSummary(row, offlineAfterSeconds);
}

/** Records what the store told us about its own journal so HQ can show replication lag. */
export async function recordStoreContact(
  db: RelayDb,
  storeId: string,
  report: { journalHead?: number; oldestUnsentAt?: string | null },
): Promise<void> {
  const set: Record<string, unknown> = { last_seen_at: new Date() };
  if (report.journalHead !== undefined) set.journal_head = report.journalHead;
  if (report.oldestUnsentAt !== undefined) set.oldest_unsent_at = report.oldestUnsentAt ? new Date(report.oldestUnsentAt) : null;
  await db.updateTable('relay.stores').set(set).where('id', '=', storeId).execute();
}
