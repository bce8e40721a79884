import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { spawnRelay, type ChildHandle } from './relay-process.js';

const RELAY_ADMIN = 'Matriz#2026';

/** `npm run enroll` next to a running appliance: replication starts without a restart. */
describe('enrolling a running appliance', () => {
  let postgres: TestPostgres;
  let dir: string;
  let relay: (ChildHandle & { httpPort: number }) | null = null;
  let appliance: ApplianceProcess | null = null;

  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'chefia-enroll-live-'));
  });
  afterAll(async () => {
    await appliance?.stop();
    await relay?.kill('SIGTERM');
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ships the journal to the relay once the CLI wrote the credential', async () => {
    const databaseUrl = await postgres.freshDatabase('enroll_live');
    relay = await spawnRelay({ RELAY_HTTP_PORT: '0', DATABASE_URL: databaseUrl, RELAY_DATA_DIR: join(dir, 'relay'), RELAY_ADMIN_PASSWORD: RELAY_ADMIN }, 60_000);
    const relayUrl = `http://127.0.0.1:${relay.httpPort}`;
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'LIVE', name: 'Loja ao vivo' });
    expect(created.status).toBe(201);
    const storeId = created.body.data.store.id as string;

    appliance = await spawnAppliance({ dataDir: join(dir, 'store'), env: { CHEFIA_FISCAL_CONFIG: join(dir, 'no-fiscal-config.json') }, readyTimeoutMs: 60_000 });
    const health = async () => (await (await fetch(`${appliance!.baseUrl}/health`)).json()).data;
    expect((await health()).checks.replication.enrolled).toBe(false);

    const enroll = await promisify(execFile)(process.execPath, [
      join(repoRoot(), 'dist', 'appliance', 'src', 'replication', 'enroll-cli.js'),
      '--relay', relayUrl, '--code', created.body.data.enrollmentCode, '--data-dir', appliance.dataDir,
    ]);
    expect(enroll.stdout).toContain('começa a replicar sozinho, sem reiniciar');

    const head = (await health()).checks.database.lastSeq as number;
    expect(head).toBeGreaterThan(0);
    const replicated = await waitUntil('the running appliance to replicate', health, (h) => h.checks.replication.enrolled === true && h.checks.replication.relayHighWater >= head, { timeoutMs: 20_000, intervalMs: 200 });
    expect(replicated.checks.replication.enrolled).toBe(true);
    const client = new pg.Client(databaseUrl);
    await client.connect();
    try {
      const { rows } = await client.query('SELECT count(*)::int AS events, max(seq)::int AS last FROM relay.events WHERE store_id = $1', [storeId]);
      expect(rows[0].events).toBeGreaterThanOrEqual(head);
      expect(rows[0].last).toBeGreaterThanOrEqual(head);
    } finally {
      await client.end();
    }
    expect(appliance.logs.some((line) => line.includes('store enrolled while running: replication started'))).toBe(true);
  }, 120_000);
});
