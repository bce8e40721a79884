import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppliance, type RunningAppliance } from '../appliance.js';
import type { Clock } from '../clock.js';
import { loadConfig, type Config } from '../config.js';
import type { Actor } from '../journal/event.js';
import { assertEventMatchesContract } from '../journal/event-contract.js';
import { createLogger } from '../logger.js';
import type { ApplianceModule } from '../module.js';
import { testCostEnv } from './test-costs.js';

export interface TestAppliance extends RunningAppliance {
  dataDir: string;
  baseUrl: string;
  /** Authorization header for a test actor holding exactly these permissions. */
  bearer(permissions: string[], actor?: Partial<Actor>): string;
  close(): Promise<void>;
}

/**
 * An in-process appliance on a temp dir and ephemeral ports, for module tests. Unless a test
 * passes the real auth module, bearer tokens are `test:<json actor>` so a test states exactly which
 * permissions its caller holds.
 */
export async function startTestAppliance(
  modules: ApplianceModule[],
  options: { env?: Record<string, string | undefined>; clock?: Clock; realAuth?: boolean; dataDir?: string } = {},
): Promise<TestAppliance> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chefia-test-'));
  const config: Config = loadConfig({
    CHEFIA_DATA_DIR: dataDir,
    CHEFIA_HOST: '127.0.0.1',
    CHEFIA_HTTP_PORT: '0',
    CHEFIA_MQTT_PORT: '0',
    CHEFIA_LOG_LEVEL: 'silent',
    CHEFIA_ADMIN_PASSWORD: 'Admin#2026',
    ...testCostEnv(),
    ...options.env,
  });
  const testAuth: ApplianceModule = {
    name: 'test-auth',
    register(ctx) {
      ctx.provideAuthentication({
        authenticateBearer(token) {
          if (!token.startsWith('test:')) return null;
          return JSON.parse(Buffer.from(token.slice(5), 'base64url').toString('utf8')) as Actor;
        },
        authenticate(username, password) {
          if (password !== 'test') return null;
          const [kind, role, ...stations] = username.split(':');
          return kind === 'device'
            ? { kind: 'device', id: `device-${role}`, deviceKind: role, stations }
            : { kind: 'user', id: `user-${role}`, role };
        },
      });
    },
  };
  const running = await startAppliance({
    config,
    modules: options.realAuth ? modules : [...modules, testAuth],
    logger: createLogger('silent'),
    clock: options.clock,
    checkEvent: assertEventMatchesContract,
  });
  return {
    ...running,
    dataDir,
    baseUrl: `http://127.0.0.1:${running.httpPort}`,
    bearer(permissions, actor = {}) {
      const full: Actor = { type: 'user', id: 'test-user', name: 'Teste', role: 'ADMIN', permissions, ...actor };
      return `Bearer test:${Buffer.from(JSON.stringify(full)).toString('base64url')}`;
    },
    async close() {
      await running.stop();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One JSON call to the test appliance's `/api/v1` as the given caller: the status and the parsed envelope. */
export async function callApi(app: TestAppliance, authorization: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`, { method, headers: { 'content-type': 'application/json', authorization }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}
