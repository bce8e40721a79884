import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { spawnRelay, type ChildHandle } from '../e2e/relay-process.js';
import { ApiClient } from './http-client.js';

export const RELAY_ADMIN_PASSWORD = 'Matriz#2026';

type Spawned = ChildHandle & { httpPort: number };

export interface EnrolledStore {
  relayUrl: string;
  /** What the relay was started with: to start it again on the same database and port. */
  relayEnv: Record<string, string>;
  /** HQ, logged in as the relay's admin. */
  hq: ApiClient;
  storeId: string;
  /** The store's data dir, holding the relay credential the enrollment CLI wrote. */
  storeDir: string;
  /** What the enrollment CLI printed. */
  enrollOutput: string;
}

export interface RelayAndStore {
  /** The suite's temp dir (`relay/` and `store/` below it). */
  readonly dir: string;
  readonly postgres: TestPostgres;
  /** The built relay and appliance processes; whatever is set here is stopped after the suite. */
  relay: Spawned | null;
  appliance: Spawned | null;
  /** Starts the built relay on a fresh database, creates a store at HQ and enrolls `<dir>/store` with the enrollment CLI. */
  enrollStore(store: { code: string; name: string; database: string }): Promise<EnrolledStore>;
}

/**
 * The real Postgres, relay process and appliance process of an end-to-end suite, with one temp
 * dir: started in the suite's beforeAll, stopped (appliance first) and removed in its afterAll.
 */
export function useRelayAndStore(tempPrefix: string): RelayAndStore {
  let postgres: TestPostgres | undefined;
  let dir: string | undefined;
  const fixture: RelayAndStore = {
    get dir() {
      if (!dir) throw new Error('the suite dir is created in beforeAll');
      return dir;
    },
    get postgres() {
      if (!postgres) throw new Error('Postgres is started in beforeAll');
      return postgres;
    },
    relay: null,
    appliance: null,
    async enrollStore(store) {
      const port = await findFreePort();
      const relayUrl = `http://127.0.0.1:${port}`;
      const relayEnv = {
        RELAY_HTTP_PORT: String(port),
        DATABASE_URL: await fixture.postgres.freshDatabase(store.database),
        RELAY_DATA_DIR: join(fixture.dir, 'relay'),
        RELAY_ADMIN_PASSWORD,
      };
      fixture.relay = await spawnRelay(relayEnv);
      const hq = new ApiClient(relayUrl);
      hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN_PASSWORD })).body.data.token;
      const created = await hq.post('/stores', { code: store.code, name: store.name });
      const storeDir = join(fixture.dir, 'store');
      const enrolled = await promisify(execFile)(process.execPath, [
        join(repoRoot(), 'dist', 'appliance', 'src', 'replication', 'enroll-cli.js'),
        '--relay', relayUrl, '--code', created.body.data.enrollmentCode, '--data-dir', storeDir,
      ]);
      return { relayUrl, relayEnv, hq, storeId: created.body.data.store.id as string, storeDir, enrollOutput: enrolled.stdout };
    },
  };
  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), tempPrefix));
  });
  afterAll(async () => {
    await fixture.appliance?.kill('SIGTERM');
    await fixture.relay?.kill('SIGTERM');
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return fixture;
}
