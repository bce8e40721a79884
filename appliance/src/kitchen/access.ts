import { AppError, notFound } from '../kernel/errors.js';
import type { Db } from '../kernel/db/open.js';
import type { Actor } from '../kernel/journal/event.js';
import { findStation } from './stations.js';

/** The station must exist, and a KDS device may only act for the stations it was paired with. */
export function assertStationAccess(db: Db, actor: Actor | null, station: string): void {
  if (!findStation(db, station)) throw notFound('KITCHEN_STATION_NOT_FOUND', { station });
  if (actor?.type === 'device' && !(actor.stations ?? []).includes(station)) throw new AppError('KDS_STATION_FORBIDDEN', 403, 'KDS_STATION_FORBIDDEN', { station });
}
