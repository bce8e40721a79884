import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestAppliance } from '../kernel/testing/harness.js';
import { CREDENTIAL_FILE } from './credential-store.js';
import { createReplicationModule } from './index.js';

describe('a damaged relay credential file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-credential-damaged-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('does not keep the store from starting: replication stays off and /health says why', async () => {
    // What a bad hand edit (or a disk fault) can leave.
    writeFileSync(join(dir, CREDENTIAL_FILE), '', { mode: 0o600 });
    let started: Awaited<ReturnType<typeof startTestAppliance>> | undefined;
    let failure: unknown;
    try {
      started = await startTestAppliance([createReplicationModule()], { dataDir: dir });
    } catch (error) {
      failure = error;
    }
    try {
      // The appliance runs, as when the watcher finds an unreadable file: replication unchanged (off).
      expect(failure === undefined ? 'started' : String(failure)).toBe('started');
      const health = await (await fetch(`${started!.baseUrl}/health`)).json();
      expect(health.data.checks.replication).toMatchObject({ status: 'degraded', enrolled: false, problem: 'RELAY_CREDENTIAL_UNREADABLE' });
    } finally {
      await started?.close();
    }
  });
});
