import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnAppliance } from '../support/appliance-process.js';
import { round } from './stats.js';

/** Time from process spawn to the `ready` log line with a journal of `rows` events. */
export async function runBootBench(rows = 1_000_000): Promise<{ journalRows: number; bootMs: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-boot-'));
  try {
    const first = await spawnAppliance({ dataDir, env: { CHEFIA_LOG_LEVEL: 'warn' } });
    await first.stop();
    const db = new Database(join(dataDir, 'store.db'));
    const insert = db.prepare(
      `INSERT INTO journal (event_id, type, aggregate_type, aggregate_id, payload, actor_type, actor_id, correlation_id, occurred_at)
       VALUES (?, 'customer.registered', 'customer', ?, ?, 'system', 'bench', NULL, ?)`,
    );
    const start = Date.now() - rows;
    db.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const id = `00000000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`;
        insert.run(id, id, `{"customerId":"${id}","marketingConsent":false,"anonymized":false}`, new Date(start + i).toISOString());
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const began = performance.now();
    const second = await spawnAppliance({ dataDir, env: { CHEFIA_LOG_LEVEL: 'warn' } });
    const bootMs = performance.now() - began;
    await second.stop();
    return { journalRows: rows, bootMs: round(bootMs, 0) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
