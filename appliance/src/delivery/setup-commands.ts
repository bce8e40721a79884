import { businessRule, notFound } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { findCourier, findZone, type Address, type Courier, type Zone, type ZoneInput } from './model.js';
import { sealAddress } from './sealed-address.js';
import { readStoreLocation, writeStoreLocation, type StoreLocation } from './zone-match.js';

/** Creates (no id) or replaces a delivery zone; each kind needs its own rule to match anything. */
export function saveZone(tx: CommandTx, id: string | null, input: ZoneInput): Zone {
  const complete = { RADIUS: input.maxDistanceMeters !== null, DISTRICT: input.districts.length > 0, POSTAL_CODE: input.postalPrefixes.length > 0 }[input.kind];
  if (!complete) throw businessRule('DELIVERY_ZONE_INVALID', { kind: input.kind });
  if (input.kind === 'RADIUS' && !readStoreLocation(tx.db)) throw businessRule('DELIVERY_STORE_LOCATION_MISSING');
  if (id && !findZone(tx.db, id)) throw notFound('DELIVERY_ZONE_NOT_FOUND', { zoneId: id });
  const zoneId = id ?? newId();
  tx
    .prepare(
      `INSERT INTO delivery_zones (id, name, kind, max_distance_m, districts, postal_prefixes, fee_cents, minimum_order_cents, estimate_minutes, active, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, max_distance_m = excluded.max_distance_m, districts = excluded.districts,
         postal_prefixes = excluded.postal_prefixes, fee_cents = excluded.fee_cents, minimum_order_cents = excluded.minimum_order_cents,
         estimate_minutes = excluded.estimate_minutes, active = excluded.active, updated_at = excluded.updated_at`,
    )
    .run(zoneId, input.name, input.kind, input.kind === 'RADIUS' ? input.maxDistanceMeters : null, JSON.stringify(input.districts), JSON.stringify(input.postalPrefixes),
      input.feeCents, input.minimumOrderCents, input.estimateMinutes, input.active ? 1 : 0, tx.nowIso);
  const zone = findZone(tx.db, zoneId)!;
  tx.emit({ type: 'delivery.zone_saved', aggregateType: 'delivery_zone', aggregateId: zoneId, payload: { zoneId, name: zone.name, kind: zone.kind, feeCents: zone.feeCents, minimumOrderCents: zone.minimumOrderCents, estimateMinutes: zone.estimateMinutes, active: zone.active } });
  return zone;
}

export function saveCourier(tx: CommandTx, id: string | null, input: Omit<Courier, 'id'>): Courier {
  if (id && !findCourier(tx.db, id)) throw notFound('DELIVERY_COURIER_NOT_FOUND', { courierId: id });
  const courierId = id ?? newId();
  tx
    .prepare(
      `INSERT INTO delivery_couriers (id, name, pay_per_delivery_cents, active, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, pay_per_delivery_cents = excluded.pay_per_delivery_cents, active = excluded.active, updated_at = excluded.updated_at`,
    )
    .run(courierId, input.name, input.payPerDeliveryCents, input.active ? 1 : 0, tx.nowIso);
  tx.emit({ type: 'delivery.courier_saved', aggregateType: 'delivery_courier', aggregateId: courierId, payload: { courierId, name: input.name, payPerDeliveryCents: input.payPerDeliveryCents, active: input.active } });
  return findCourier(tx.db, courierId)!;
}

export function setStoreLocation(tx: CommandTx, storeId: string, location: StoreLocation): StoreLocation {
  writeStoreLocation(tx.db, location);
  tx.emit({ type: 'delivery.store_location_set', aggregateType: 'store', aggregateId: storeId, payload: location });
  return location;
}

/** A customer's saved address, sealed; the journal learns only that one was saved. */
export function saveCustomerAddress(tx: CommandTx, customerId: string, label: string | null, address: Address): { id: string; customerId: string; label: string | null; address: Address } {
  const id = newId();
  tx.prepare('INSERT INTO delivery_addresses (id, customer_id, label, address, created_at) VALUES (?, ?, ?, ?, ?)').run(id, customerId, label, sealAddress(vaultOf(tx.db).keyring, 'saved', id, address), tx.nowIso);
  tx.emit({ type: 'delivery.address_saved', aggregateType: 'customer', aggregateId: customerId, payload: { addressId: id, customerId } });
  return { id, customerId, label, address };
}
