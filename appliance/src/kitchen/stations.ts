import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import type { KitchenStation } from './types.js';

interface StationRow {
  code: string;
  name: string;
  capacity: number;
  categories: string;
  has_screen: number;
  is_expo: number;
  is_default: number;
  warn_after_seconds: number;
  late_after_seconds: number;
  sort_order: number;
  active: number;
}

function toStation(row: StationRow): KitchenStation {
  return {
    code: row.code,
    name: row.name,
    capacity: row.capacity,
    categories: JSON.parse(row.categories),
    hasScreen: row.has_screen === 1,
    isExpo: row.is_expo === 1,
    isDefault: row.is_default === 1,
    warnAfterSeconds: row.warn_after_seconds,
    lateAfterSeconds: row.late_after_seconds,
    sortOrder: row.sort_order,
    active: row.active === 1,
  };
}

export function listStations(db: Db, includeInactive = false): KitchenStation[] {
  const rows = prepareCached(db, `SELECT * FROM kitchen_stations ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY sort_order, code`).all() as StationRow[];
  return rows.map(toStation);
}

/** The stations a KDS can sign in to: the active ones, and one switched off while it still has tickets to finish. */
export function listStationsOnScreens(db: Db): KitchenStation[] {
  const rows = prepareCached(
    db,
    `SELECT * FROM kitchen_stations s WHERE s.active = 1
       OR EXISTS (SELECT 1 FROM kitchen_tickets t WHERE t.station = s.code AND t.status IN ('OPEN', 'IN_PROGRESS'))
     ORDER BY s.sort_order, s.code`,
  ).all() as StationRow[];
  return rows.map(toStation);
}

export function findStation(db: Db, code: string): KitchenStation | null {
  const row = prepareCached(db, 'SELECT * FROM kitchen_stations WHERE code = ?').get(code) as StationRow | undefined;
  return row ? toStation(row) : null;
}

/** Inserts or replaces a station; one default station at most (the new default wins). */
export function saveStation(db: Db, s: KitchenStation): void {
  if (s.isDefault) db.prepare('UPDATE kitchen_stations SET is_default = 0 WHERE code <> ?').run(s.code);
  db.prepare(
    `INSERT INTO kitchen_stations (code, name, capacity, categories, has_screen, is_expo, is_default, warn_after_seconds, late_after_seconds, sort_order, active)
     VALUES (@code, @name, @capacity, @categories, @hasScreen, @isExpo, @isDefault, @warnAfterSeconds, @lateAfterSeconds, @sortOrder, @active)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, capacity = excluded.capacity, categories = excluded.categories,
       has_screen = excluded.has_screen, is_expo = excluded.is_expo, is_default = excluded.is_default,
       warn_after_seconds = excluded.warn_after_seconds, late_after_seconds = excluded.late_after_seconds,
       sort_order = excluded.sort_order, active = excluded.active`,
  ).run({
    ...s,
    categories: JSON.stringify(s.categories),
    hasScreen: s.hasScreen ? 1 : 0,
    isExpo: s.isExpo ? 1 : 0,
    isDefault: s.isDefault ? 1 : 0,
    active: s.active ? 1 : 0,
  });
}

/** The demo kitchen: a burger grill, fryer, cold station, assembly (also the default) and an expo. */
export const DEMO_STATIONS: KitchenStation[] = [
  { code: 'GRILL', name: 'Chapa', capacity: 8, categories: [], hasScreen: true, isExpo: false, isDefault: false, warnAfterSeconds: 300, lateAfterSeconds: 480, sortOrder: 1, active: true },
  { code: 'FRYER', name: 'Fritadeira', capacity: 4, categories: [], hasScreen: true, isExpo: false, isDefault: false, warnAfterSeconds: 300, lateAfterSeconds: 480, sortOrder: 2, active: true },
  { code: 'COLD', name: 'Frios e saladas', capacity: 4, categories: [], hasScreen: true, isExpo: false, isDefault: false, warnAfterSeconds: 300, lateAfterSeconds: 480, sortOrder: 3, active: true },
  { code: 'ASSEMBLY', name: 'Montagem', capacity: 6, categories: [], hasScreen: true, isExpo: false, isDefault: true, warnAfterSeconds: 300, lateAfterSeconds: 480, sortOrder: 4, active: true },
  { code: 'EXPO', name: 'Expedição', capacity: 0, categories: [], hasScreen: true, isExpo: true, isDefault: false, warnAfterSeconds: 300, lateAfterSeconds: 480, sortOrder: 5, active: true },
];
