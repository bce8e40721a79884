import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { withoutThePerson } from './customer-data.js';
import type { Destination } from './model.js';
import { openAddress, sealAddress } from './sealed-address.js';

/**
 * How long a delivery keeps who received it, their phone and the street once it ended (delivered
 * or cancelled): a complaint or a call about it comes within days. A phone order's recipient is
 * often no customer of record, so no data-subject request would ever reach them: after this the
 * delivery keeps its zone, district, city and money only.
 */
export const DESTINATION_RETENTION_DAYS = 7;

const ENDED_BEFORE = "destination_forgotten_at IS NULL AND status IN ('DELIVERED', 'CANCELLED') AND COALESCE(delivered_at, created_at) < ?";

const cutoffOf = (now: Date) => new Date(now.getTime() - DESTINATION_RETENTION_DAYS * 86_400_000).toISOString();

/** Whether a delivery ended before the retention cutoff still holds its person (read before taking the writer). */
export function destinationsPastRetention(db: Db, now: Date): boolean {
  return db.prepare(`SELECT 1 FROM deliveries WHERE ${ENDED_BEFORE} LIMIT 1`).get(cutoffOf(now)) !== undefined;
}

/** Forgets the person of every delivery that ended before the retention cutoff; answers how many. */
export function forgetDestinationsPastRetention(tx: CommandTx): number {
  const endedBefore = cutoffOf(tx.now);
  const { keyring } = vaultOf(tx.db);
  const rows = tx.prepare(`SELECT id, address FROM deliveries WHERE ${ENDED_BEFORE}`).all(endedBefore) as { id: string; address: string }[];
  const forget = tx.prepare('UPDATE deliveries SET address = ?, destination_forgotten_at = ? WHERE id = ?');
  for (const row of rows) forget.run(sealAddress(keyring, 'delivery', row.id, withoutThePerson(openAddress<Destination>(keyring, 'delivery', row.id, row.address))), tx.nowIso, row.id);
  if (rows.length > 0) tx.emit({ type: 'delivery.destinations_forgotten', aggregateType: 'store', aggregateId: 'delivery', payload: { count: rows.length, endedBefore } });
  return rows.length;
}
