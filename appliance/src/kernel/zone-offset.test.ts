import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localDate, localHour, localMinuteOfDay } from './clock.js';
import { loadConfig } from './config.js';
import { zoneInDatabase, zoneOffsetMinutes } from './zone-offset.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** ICU's answer, the reference the zone database must agree with. */
function icuOffsetMinutes(instant: Date, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Every `stepHours` from `from` to `to`, plus both sides of each hour boundary where clocks change. */
function instants(from: string, to: string, stepHours: number): Date[] {
  const out: Date[] = [];
  for (let t = Date.parse(from); t <= Date.parse(to); t += stepHours * 3_600_000) out.push(new Date(t), new Date(t - 1000));
  return out;
}

// Brazil's zones (the last daylight-saving summer ended in February 2019), zones that still switch
// by a rule, half-hour and 45-minute offsets, and the southern hemisphere.
const ZONES = ['America/Sao_Paulo', 'America/Manaus', 'America/Noronha', 'America/Rio_Branco', 'America/New_York', 'Europe/Lisbon', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];

describe('store zone offsets from the system zone database', () => {
  const empty = mkdtempSync(join(tmpdir(), 'chefia-zoneinfo-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('agree with ICU across daylight-saving changes, past and present', () => {
    // Every five days over fifteen years, hourly through the weeks the clocks of these zones changed.
    const checked = [
      ...instants('2015-01-01T00:00:00Z', '2030-12-31T00:00:00Z', 120),
      ...instants('2018-10-27T00:00:00Z', '2018-11-06T00:00:00Z', 1),
      ...instants('2019-02-15T00:00:00Z', '2019-02-18T00:00:00Z', 1),
      ...instants('2026-03-07T00:00:00Z', '2026-04-06T00:00:00Z', 1),
      ...instants('2026-10-03T00:00:00Z', '2026-11-02T00:00:00Z', 1),
    ];
    for (const zone of ZONES) {
      const wrong = checked.filter((at) => zoneOffsetMinutes(at, zone) !== icuOffsetMinutes(at, zone)).map((at) => at.toISOString());
      expect({ zone, wrong: wrong.slice(0, 3) }).toEqual({ zone, wrong: [] });
    }
  });

  it('give the business date, hour and minute ICU gives, around midnight in São Paulo', () => {
    for (const at of instants('2026-12-01T02:00:00Z', '2026-12-01T04:00:00Z', 0.25)) {
      const icu = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
      expect(`${localDate(at, 'America/Sao_Paulo')}, ${String(localHour(at, 'America/Sao_Paulo')).padStart(2, '0')}:${String(localMinuteOfDay(at, 'America/Sao_Paulo') % 60).padStart(2, '0')}`).toBe(icu);
    }
  });

  it('leave to ICU what they cannot answer: a missing or unreadable zone file, a name that is not a zone', () => {
    writeFileSync(join(empty, 'Broken'), 'not a zone file');
    expect(zoneOffsetMinutes(new Date(), 'America/Sao_Paulo', empty)).toBeNull();
    expect(zoneOffsetMinutes(new Date(), 'Broken', empty)).toBeNull();
    expect(zoneOffsetMinutes(new Date(), '../../etc/passwd')).toBeNull();
    // A rule-based zone after its last listed change: ICU knows the rule.
    expect(zoneOffsetMinutes(new Date('2040-07-01T12:00:00Z'), 'America/New_York')).toBeNull();
    expect(localHour(new Date('2040-07-01T12:00:00Z'), 'America/New_York')).toBe(8);
  });

  it('validate a configured zone by the database, ICU only for what the database lacks', () => {
    for (const zone of ZONES) expect(zoneInDatabase(zone)).toBe(true);
    expect(zoneInDatabase('America/Sao_Paulo', empty)).toBe(false);
    for (const notAZone of ['America/Atlantida', '../../etc/passwd', 'posix/America/Sao_Paulo', 'zone.tab']) expect(zoneInDatabase(notAZone)).toBe(false);
    expect(loadConfig({ CHEFIA_TIME_ZONE: 'America/Manaus' }).timeZone).toBe('America/Manaus');
    expect(() => loadConfig({ CHEFIA_TIME_ZONE: 'America/Atlantida' })).toThrow(/CHEFIA_TIME_ZONE/);
  });
});
