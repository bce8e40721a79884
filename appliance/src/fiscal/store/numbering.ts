import { prepareCached } from '../../kernel/db/statements.js';
import type Database from 'better-sqlite3';

/**
 * Takes the next number of a series. Must run inside the same transaction that inserts the
 * document row: if anything fails before COMMIT (crash, power cut, exception) the number is
 * rolled back with the row, so a crash can never leave a hole in the sequence.
 */
export function allocateNumber(db: Database.Database, model: number, series: number, environment: number): number {
  prepareCached(db, 'INSERT INTO fiscal_series (model, series, environment, next_number) VALUES (?, ?, ?, 1) ON CONFLICT DO NOTHING').run(model, series, environment);
  const row = prepareCached(db, 'UPDATE fiscal_series SET next_number = next_number + 1 WHERE model = ? AND series = ? AND environment = ? RETURNING next_number - 1 AS number')
    .get(model, series, environment) as { number: number };
  if (row.number > 999_999_999) throw new Error('FISCAL_SERIES_EXHAUSTED');
  return row.number;
}

/** Lets a store continue an existing series (e.g. moving from another POS): the next number to use. */
export function setNextNumber(db: Database.Database, model: number, series: number, environment: number, nextNumber: number): void {
  prepareCached(db,
    `INSERT INTO fiscal_series (model, series, environment, next_number) VALUES (?, ?, ?, ?)
     ON CONFLICT (model, series, environment) DO UPDATE SET next_number = MAX(next_number, excluded.next_number)`,
  ).run(model, series, environment, nextNumber);
}

export interface NumberingGap {
  first: number;
  last: number;
}

/**
 * Numbers below next_number that have no document and no inutilização (homologated, or found
 * already inutilized at SEFAZ after a lost answer). With the
 * allocation above this stays empty; it exists to prove it and to repair imported series.
 */
export function findNumberingGaps(db: Database.Database, model: number, series: number, environment: number): NumberingGap[] {
  const next = (prepareCached(db, 'SELECT next_number FROM fiscal_series WHERE model = ? AND series = ? AND environment = ?').pluck().get(model, series, environment) as number | undefined) ?? 1;
  const used = new Set(prepareCached(db, 'SELECT number FROM fiscal_documents WHERE model = ? AND series = ? AND environment = ?').pluck().all(model, series, environment) as number[]);
  const ranges = prepareCached(db, "SELECT first_number, last_number FROM fiscal_inutilizations WHERE model = ? AND series = ? AND environment = ? AND status IN ('HOMOLOGATED', 'ALREADY_INUTILIZED')")
    .all(model, series, environment) as { first_number: number; last_number: number }[];
  for (const r of ranges) for (let n = r.first_number; n <= r.last_number; n++) used.add(n);
  const gaps: NumberingGap[] = [];
  for (let n = 1; n < next; n++) {
    if (used.has(n)) continue;
    const last = gaps.at(-1);
    if (last && last.last === n - 1) last.last = n;
    else gaps.push({ first: n, last: n });
  }
  return gaps;
}
