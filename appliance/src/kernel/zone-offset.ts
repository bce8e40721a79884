import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The store zone's UTC offset read from the system's time zone database (TZif files, RFC 8536),
 * for the clock questions asked all day long: the business date, the hour, the minute of the day.
 *
 * Why not `Intl.DateTimeFormat`: its first use makes ICU load its locale, calendar and pattern data,
 * about 7 MB of resident memory the appliance would then hold for good, only to learn an offset.
 * The OS image ships tzdata, and the offsets of a zone are a short table. Anything this cannot
 * answer (no file, a zone still switching to daylight saving time by a rule past its last listed
 * change) is `null`, and the caller asks ICU as before.
 */
export const ZONEINFO_DIR = '/usr/share/zoneinfo';

interface ZoneTable {
  /** Transition instants, seconds since the epoch, ascending. */
  at: number[];
  /** Offset in seconds from each transition on. */
  offsets: number[];
  /** Before the first transition. */
  initial: number;
  /** After the last transition: the footer's fixed offset, or null when a daylight-saving rule applies. */
  after: number | null;
}

const tables = new Map<string, ZoneTable | null>();

/** `<-03>3`, `UTC0`, `<+0530>-5:30`: a footer without a daylight-saving part; its offset is west-positive. */
function fixedFooterOffset(footer: string): number | null {
  const match = /^(?:<[^>]+>|[A-Za-z]+)([+-]?)(\d{1,3})(?::(\d{2}))?(?::(\d{2}))?$/.exec(footer);
  if (!match) return null;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return match[1] === '-' ? seconds : -seconds;
}

/** The version 2+ (64-bit) data block of a TZif file. */
function parseTzif(data: Buffer): ZoneTable | null {
  if (data.toString('latin1', 0, 4) !== 'TZif' || data[4] === 0) return null;
  const counts = (at: number) => [0, 1, 2, 3, 4, 5].map((i) => data.readUInt32BE(at + 20 + i * 4));
  const [isut, isstd, leap, time, type, chars] = counts(0);
  const v1Size = 44 + time * 5 + type * 6 + chars + leap * 8 + isstd + isut;
  const [isut2, isstd2, leap2, time2, type2, chars2] = counts(v1Size);
  let at = v1Size + 44;
  const instants: number[] = [];
  for (let i = 0; i < time2; i++) instants.push(Number(data.readBigInt64BE(at + i * 8)));
  at += time2 * 8;
  const typeOf = [...data.subarray(at, at + time2)];
  at += time2;
  const typeOffsets: number[] = [];
  for (let i = 0; i < type2; i++) typeOffsets.push(data.readInt32BE(at + i * 6));
  at += type2 * 6 + chars2 + leap2 * 12 + isstd2 + isut2;
  const footer = data.toString('latin1', at).trim();
  return {
    at: instants,
    offsets: typeOf.map((t) => typeOffsets[t]),
    initial: typeOffsets[0],
    after: fixedFooterOffset(footer),
  };
}

function tableOf(timeZone: string, dir: string): ZoneTable | null {
  const key = `${dir}\0${timeZone}`;
  if (tables.has(key)) return tables.get(key)!;
  let table: ZoneTable | null = null;
  // Zone names are IANA identifiers (validated by the configuration); never a path outside `dir`.
  if (/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(timeZone)) {
    try {
      table = parseTzif(readFileSync(join(dir, timeZone)));
    } catch {
      table = null;
    }
  }
  tables.set(key, table);
  return table;
}

/**
 * Whether the system's time zone database has the zone, without asking ICU (whose zone data, once
 * loaded, stays resident). `posix/` and `right/` are the database's own variants, not IANA names.
 */
export function zoneInDatabase(timeZone: string, dir = ZONEINFO_DIR): boolean {
  return !/^(posix|right)\//.test(timeZone) && tableOf(timeZone, dir) !== null;
}

/** Minutes to add to UTC for the zone's wall clock at `instant`, or null when ICU must answer. */
export function zoneOffsetMinutes(instant: Date, timeZone: string, dir = ZONEINFO_DIR): number | null {
  const table = tableOf(timeZone, dir);
  if (!table) return null;
  const seconds = Math.floor(instant.getTime() / 1000);
  const { at } = table;
  if (at.length === 0) return (table.after ?? table.initial) / 60;
  if (seconds < at[0]) return table.initial / 60;
  if (seconds >= at[at.length - 1]) return table.after === null ? null : table.after / 60;
  let low = 0;
  let high = at.length - 1;
  // The last transition at or before the instant.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (at[middle] <= seconds) low = middle;
    else high = middle - 1;
  }
  return table.offsets[low] / 60;
}
