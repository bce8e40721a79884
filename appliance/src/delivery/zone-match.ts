import { z } from 'zod';
import type { Db } from '../kernel/db/open.js';
import type { Address, Zone } from './model.js';
import { listZones } from './model.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const STORE_LOCATION_KEY = 'delivery.store_location';
const EARTH_RADIUS_M = 6_371_000;

export const storeLocationSchema = lazySchema(() => z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }));
export type StoreLocation = z.infer<typeof storeLocationSchema>;

export function readStoreLocation(db: Db): StoreLocation | null {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(STORE_LOCATION_KEY) as string | undefined;
  return raw ? storeLocationSchema.parse(JSON.parse(raw)) : null;
}

export function writeStoreLocation(db: Db, location: StoreLocation): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(STORE_LOCATION_KEY, JSON.stringify(location));
}

/** Great-circle distance in whole metres (the haversine formula; a city's scale needs no more). */
export function distanceMeters(from: StoreLocation, to: StoreLocation): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(to.latitude - from.latitude);
  const dLon = rad(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(from.latitude)) * Math.cos(rad(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a)));
}

/** "Jardim São Paulo " and "jardim sao paulo" are the same neighbourhood. */
export const normalizeDistrict = (name: string): string =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface ZoneMatch {
  zone: Zone;
  distanceMeters: number | null;
}

/**
 * The zone an address falls in. The most precise rule wins: a CEP prefix (the longest that
 * matches), then the neighbourhood, then the smallest radius around the store that reaches it
 * (only with the address's coordinates and the store's location). Null: outside the delivery area.
 */
export function matchZone(db: Db, address: Address): ZoneMatch | null {
  const zones = listZones(db).filter((zone) => zone.active);
  const store = readStoreLocation(db);
  const distance = store && address.latitude !== null && address.longitude !== null ? distanceMeters(store, { latitude: address.latitude, longitude: address.longitude }) : null;
  const byPrefix = zones
    .filter((zone) => zone.kind === 'POSTAL_CODE')
    .flatMap((zone) => zone.postalPrefixes.filter((prefix) => address.postalCode.startsWith(prefix)).map((prefix) => ({ zone, length: prefix.length })))
    .sort((a, b) => b.length - a.length)[0];
  if (byPrefix) return { zone: byPrefix.zone, distanceMeters: distance };
  const district = normalizeDistrict(address.district);
  const byDistrict = zones.find((zone) => zone.kind === 'DISTRICT' && zone.districts.some((name) => normalizeDistrict(name) === district));
  if (byDistrict) return { zone: byDistrict, distanceMeters: distance };
  if (distance === null) return null;
  const byRadius = zones
    .filter((zone) => zone.kind === 'RADIUS' && zone.maxDistanceMeters !== null && distance <= zone.maxDistanceMeters)
    .sort((a, b) => a.maxDistanceMeters! - b.maxDistanceMeters!)[0];
  return byRadius ? { zone: byRadius, distanceMeters: distance } : null;
}
