import { copyFileSync, readdirSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { backupDatabase, listBackups } from './backup.js';
import { businessDayModule } from './index.js';

/**
 * A store box without an RTC battery can start with its clock days behind, until NTP syncs it:
 * the backups taken before then carry dates "in the future". The store still keeps the copies it
 * took last, whatever their file dates say, and lists them in the order they were taken; copies
 * named before backups were numbered stay listed (as the oldest) and are the first to go.
 */
describe('the backups kept when the clock jumped back', () => {
  let app: TestAppliance;
  const dir = () => join(app.dataDir, 'backups');
  const take = (label: string, keep = 2) => backupDatabase(app.ctx.db, app.dataDir, label, keep, () => app.ctx.commands.durable()).then((b) => basename(b.file));
  const dateInTheFuture = (name: string, daysAhead: number) => {
    const future = new Date(Date.now() + daysAhead * 86_400_000);
    utimesSync(join(dir(), name), future, future);
  };

  beforeEach(async () => {
    app = await startTestAppliance([businessDayModule]);
  });
  afterEach(() => app.close());

  it('keeps the last copies taken though the older ones are dated after them', async () => {
    const first = await take('2026-12-01');
    const second = await take('2026-12-02');
    // Taken while the clock ran a few days ahead; it has since been set back.
    dateInTheFuture(first, 5);
    dateInTheFuture(second, 6);

    const third = await take('2026-12-03');
    expect(readdirSync(dir()).sort()).toEqual([second, third].sort());
    const fourth = await take('2026-12-04');
    expect(readdirSync(dir()).sort()).toEqual([third, fourth].sort());
    expect(listBackups(app.dataDir).map((b) => b.name)).toEqual([fourth, third]);
  });

  it('lists copies named before the numbering as taken before the numbered ones, and rotates them out first', async () => {
    const numbered = await take('2026-12-01', 3);
    const olderName = 'store-2026-11-30-2026-11-30T23-00-00-000Z.db';
    const oldestName = 'store-2026-11-29-2026-11-29T23-00-00-000Z.db';
    copyFileSync(join(dir(), numbered), join(dir(), olderName));
    copyFileSync(join(dir(), numbered), join(dir(), oldestName));
    dateInTheFuture(oldestName, 2);
    dateInTheFuture(olderName, 3);
    expect(listBackups(app.dataDir).map((b) => b.name)).toEqual([numbered, olderName, oldestName]);

    const next = await take('2026-12-02', 3);
    expect(listBackups(app.dataDir).map((b) => b.name)).toEqual([next, numbered, olderName]);
  });
});
