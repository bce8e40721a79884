import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApplianceModule } from '../kernel/module.js';
import { callApi, startTestAppliance } from '../kernel/testing/harness.js';
import { businessDayModule } from './index.js';
import { stageVerifiedBackup, swapInStagedBackup } from './restore.js';

interface JournalRow {
  seq: number;
  event_id: string;
  type: string;
}

const readJournal = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      events: db.prepare('SELECT seq, event_id, type FROM journal ORDER BY seq').all() as JournalRow[],
      offsets: db.prepare('SELECT name, seq FROM consumer_offsets ORDER BY name').all() as { name: string; seq: number }[],
      days: db.prepare('SELECT count(*) FROM business_days').pluck().get() as number,
    };
  } finally {
    db.close();
  }
};

/** A durable consumer standing for the printing and publishing ones: it records what it acted on. */
function witness(seen: string[]): ApplianceModule {
  return {
    name: 'restore-witness',
    register(ctx) {
      ctx.events.durable('restore-witness', 'business_day.opened', (event) => {
        seen.push(event.id);
      });
    },
  };
}

describe('a restore rewinds the state but keeps the journal history', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-restore-history-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Backs up (after one earlier backup, so the copy has a journal), then opens the day; the appliance is stopped at the end. */
  async function storeWithHistoryAfterBackup(dir: string): Promise<{ backup: string; live: JournalRow[] }> {
    const app = await startTestAppliance([businessDayModule, witness([])], { dataDir: dir });
    const auth = app.bearer(['backups.manage', 'business_day.manage']);
    expect((await callApi(app, auth, 'POST', '/backups')).status).toBe(201);
    const backup = (await callApi(app, auth, 'POST', '/backups')).body.data.name as string;
    expect((await callApi(app, auth, 'POST', '/business-days/open')).status).toBe(201);
    await app.close();
    return { backup, live: readJournal(join(dir, 'store.db')).events };
  }

  it('carries the events since the backup under their own seqs, durable consumers past them, and journals the restore after them', async () => {
    const dir = dataDir();
    const { backup, live } = await storeWithHistoryAfterBackup(dir);
    const { journalSeq } = stageVerifiedBackup(dir, backup);
    expect(live.length).toBeGreaterThan(journalSeq);

    swapInStagedBackup(dir, { name: backup, preRestoreBackup: 'store-pre-restore-test.db', requestedBy: 'user-admin' });
    const restored = readJournal(join(dir, 'store.db'));
    const liveHead = live[live.length - 1].seq;
    // The state is the backup's (no day opened yet), the history is the live journal's, gapless, then the restore.
    expect(restored.days).toBe(0);
    expect(restored.events.slice(0, -1)).toEqual(live);
    expect(restored.events.map((e) => e.seq)).toEqual([...live.map((_, index) => index + 1), liveHead + 1]);
    expect(restored.events[restored.events.length - 1].type).toBe('backup.restored');
    expect(restored.offsets.length).toBeGreaterThan(0);
    for (const offset of restored.offsets) expect(offset.seq).toBeGreaterThanOrEqual(liveHead);

    // The day opened after the backup was acted on before the restore; its effects are not redone.
    const seenAfterRestore: string[] = [];
    const app = await startTestAppliance([businessDayModule, witness(seenAfterRestore)], { dataDir: dir });
    const after = app.ctx.journal.readAfter(liveHead);
    expect(after.map((e) => [e.seq, e.type])).toEqual([[liveHead + 1, 'backup.restored']]);
    await app.close();
    expect(seenAfterRestore).toEqual([]);
  });

  it('restores a backup of another lineage as it is, its journal going on after every seq the live one handed out', async () => {
    const source = dataDir();
    const { backup } = await storeWithHistoryAfterBackup(source);
    const other = dataDir();
    const { live } = await storeWithHistoryAfterBackup(other);
    const backupFile = join(source, 'backups', backup);
    const target = join(other, 'backups', backup);
    const db = new Database(backupFile, { readonly: true });
    await db.backup(target);
    db.close();
    const backupEvents = readJournal(target).events;

    stageVerifiedBackup(other, backup);
    swapInStagedBackup(other, { name: backup, preRestoreBackup: 'store-pre-restore-test.db', requestedBy: null });
    const restored = readJournal(join(other, 'store.db')).events;
    // No foreign history is grafted on; the restore is journaled after the live journal's head, never at a seq it gave out.
    expect(restored.slice(0, -1)).toEqual(backupEvents);
    expect(restored.some((e) => live.some((l) => l.event_id === e.event_id))).toBe(false);
    expect(restored[restored.length - 1]).toMatchObject({ seq: live[live.length - 1].seq + 1, type: 'backup.restored' });
  });
});
