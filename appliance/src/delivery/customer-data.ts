import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import type { Address, Destination } from './model.js';
import { openAddress, sealAddress } from './sealed-address.js';

/** What the store's own delivery holds about one customer, for their data export (LGPD art. 18 II). */
export function deliveryDataOfCustomer(db: Db, customerId: string, orderIds: readonly string[]) {
  const { keyring } = vaultOf(db);
  const saved = (db.prepare('SELECT id, label, address, created_at FROM delivery_addresses WHERE customer_id = ? ORDER BY created_at, id').all(customerId) as { id: string; label: string; address: string; created_at: string }[]).map(
    (row) => ({ label: row.label, address: openAddress<Address>(keyring, 'saved', row.id, row.address), savedAt: row.created_at }),
  );
  const deliveries = deliveryRowsOf(db, orderIds).map((row) => ({ orderId: row.order_id, destination: openAddress<Destination>(keyring, 'delivery', row.id, row.address), status: row.status, createdAt: row.created_at }));
  return { savedAddresses: saved, deliveries };
}

/**
 * A delivery's destination without the person: who received it, their phone and the street go;
 * the district, city and state stay (the zone's reports, the courier's settlement).
 */
export function withoutThePerson({ district, city, state }: Destination): Destination {
  return { street: '', number: '', complement: null, district, city, state, postalCode: '', reference: null, latitude: null, longitude: null, recipientName: '', phone: '' };
}

/**
 * A customer's erasure: their saved addresses go, and each delivery of their orders keeps its zone,
 * district, city and amounts (the courier's settlement, the reports) but forgets the street, the
 * recipient and their phone. Returns the deliveries changed: their queued route slips print them.
 */
export function forgetDeliveryDataOfCustomer(tx: CommandTx, customerId: string, orderIds: readonly string[]): string[] {
  const { keyring } = vaultOf(tx.db);
  tx.prepare('DELETE FROM delivery_addresses WHERE customer_id = ?').run(customerId);
  const rows = deliveryRowsOf(tx.db, orderIds);
  const reseal = tx.prepare('UPDATE deliveries SET address = ? WHERE id = ?');
  for (const row of rows) reseal.run(sealAddress(keyring, 'delivery', row.id, withoutThePerson(openAddress<Destination>(keyring, 'delivery', row.id, row.address))), row.id);
  return rows.map((row) => row.id);
}

/**
 * The same in a backup of the store, after the erasure committed: nothing there can be opened to
 * keep the district, so each delivery's destination is written empty (as plain JSON, which reads
 * back like a sealed value). Returns the deliveries changed.
 */
export function forgetDeliveryDataInBackup(backup: Db, customerId: string, orderIds: readonly string[]): string[] {
  if (!backupHas(backup, 'deliveries')) return [];
  backup.prepare('DELETE FROM delivery_addresses WHERE customer_id = ?').run(customerId);
  const forgotten: Destination = { street: '', number: '', complement: null, district: '', city: '', state: '', postalCode: '', reference: null, latitude: null, longitude: null, recipientName: '', phone: '' };
  const ids = deliveryRowsOf(backup, orderIds).map((row) => row.id);
  const blank = backup.prepare('UPDATE deliveries SET address = ? WHERE id = ?');
  for (const id of ids) blank.run(JSON.stringify(forgotten), id);
  return ids;
}

const backupHas = (backup: Db, table: string) => backup.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;

function deliveryRowsOf(db: Db, orderIds: readonly string[]): { id: string; order_id: string; address: string; status: string; created_at: string }[] {
  if (orderIds.length === 0) return [];
  return db.prepare(`SELECT id, order_id, address, status, created_at FROM deliveries WHERE order_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`).all(JSON.stringify(orderIds)) as never;
}
