import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatConfig, IngestAdmissionConfig, MarketplaceConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { startRelay, type RunningRelay } from '../relay.js';
import type { TestPostgres } from './test-postgres.js';

export const TEST_ADMIN_PASSWORD = 'Matriz#2026';

export interface TestRelay extends RunningRelay {
  baseUrl: string;
  /** JSON API call; returns status and the parsed envelope. */
  api(method: string, path: string, options?: { body?: unknown; token?: string; headers?: Record<string, string>; rawBody?: Uint8Array }): Promise<{ status: number; body: any }>;
  adminToken(): Promise<string>;
  /** Creates and enrolls a store; returns its id and credential. */
  enrolledStore(code: string, name?: string): Promise<{ storeId: string; credential: string }>;
}

/**
 * An in-process relay on a fresh database of the shared test Postgres (or `databaseUrl`, to play a
 * restart); `marketplaces` and `chat` point platforms at their simulators.
 */
export async function startTestRelay(
  postgres: TestPostgres,
  options: {
    marketplaces?: Partial<MarketplaceConfig>;
    chat?: Partial<ChatConfig>;
    databaseUrl?: string;
    databaseReplicaUrl?: string;
    ingestAdmission?: IngestAdmissionConfig;
    metricsToken?: string;
  } = {},
): Promise<TestRelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-relay-'));
  const relay = await startRelay(
    {
      httpPort: 0,
      httpHost: '127.0.0.1',
      dataDir,
      adminPassword: TEST_ADMIN_PASSWORD,
      databaseUrl: options.databaseUrl ?? (await postgres.freshDatabase()),
      databaseReplicaUrl: options.databaseReplicaUrl,
      logLevel: 'silent',
      storeOfflineAfterSeconds: 90,
      marketplaces: { pollSeconds: 30, leaseSeconds: 30, apiUrls: {}, ...options.marketplaces },
      // Port 9 (discard) refuses: a test that sends chat replies names its Graph simulator.
      chat: { graphUrl: 'http://127.0.0.1:9/v21.0', ...options.chat },
      ingestAdmission: options.ingestAdmission,
      metricsToken: options.metricsToken,
    },
    createLogger('silent'),
  );
  const baseUrl = `http://127.0.0.1:${relay.httpPort}`;
  let token: string | undefined;
  const api: TestRelay['api'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: BodyInit | undefined;
    if (options.rawBody) body = options.rawBody as unknown as BodyInit;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const adminToken = async () => {
    if (!token) {
      const login = await api('POST', '/api/v1/auth/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
      token = login.body.data.token as string;
    }
    return token;
  };
  return {
    ...relay,
    baseUrl,
    api,
    adminToken,
    async enrolledStore(code, name = `Loja ${code}`) {
      const created = await api('POST', '/api/v1/stores', { token: await adminToken(), body: { code, name } });
      if (created.status !== 201) throw new Error(`store creation failed: ${JSON.stringify(created.body)}`);
      const enrolled = await api('POST', '/api/v1/enroll', { body: { code: created.body.data.enrollmentCode } });
      return { storeId: enrolled.body.data.storeId, credential: enrolled.body.data.credential };
    },
    async close() {
      await relay.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
