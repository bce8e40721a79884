import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { backupDatabase, PRE_RESTORE_LABEL } from './backup.js';
import { businessDayModule } from './index.js';

/**
 * What a technician finds in `<data>/backups`: a backup that failed (the disk full, the storage
 * refusing its fsync) leaves no half-written copy taking the space the store's own writes need;
 * and the copy a restore took of the database it replaced, the only place that journal's events
 * not yet sent to HQ survive, is not rotated away by the day closes that follow.
 */
describe('the backups folder', () => {
  let app: TestAppliance;
  const files = () => readdirSync(join(app.dataDir, 'backups')).sort();
  const take = (label: string, keep = 2, durable = () => app.ctx.commands.durable()) => backupDatabase(app.ctx.db, app.dataDir, label, keep, durable);

  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule]);
  });
  afterAll(() => app.close());

  it('holds no partial copy of a backup that failed', async () => {
    await expect(take('2026-12-01', 2, () => Promise.reject(new Error('EIO: the storage refused the fsync')))).rejects.toThrow('EIO');
    expect(files().filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it("keeps a restore's copy of the replaced database through the day closes that follow", async () => {
    const preRestore = await take(PRE_RESTORE_LABEL);
    for (const day of ['2026-12-02', '2026-12-03', '2026-12-04']) await take(day);
    const kept = files();
    expect(kept).toContain(preRestore.file.split('/').at(-1));
    // The daily copies rotate among themselves: the two newest stay.
    expect(kept.filter((name) => !name.startsWith(`store-${PRE_RESTORE_LABEL}-`))).toEqual([expect.stringMatching(/^store-2026-12-03-/), expect.stringMatching(/^store-2026-12-04-/)]);
  });
});
