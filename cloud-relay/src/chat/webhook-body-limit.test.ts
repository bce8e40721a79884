import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { META_WEBHOOK_PATH } from './routes.js';

/**
 * Every request body has a size limit, answered 413 `PAYLOAD_TOO_LARGE` before it is read when its
 * Content-Length says so. The Meta webhook (one public URL for the whole chain) checks its
 * signature on the raw body, and the login and enrollment parse theirs: without a limit anyone on
 * the internet could hold hundreds of MB per request in a relay node's heap and take down store
 * sync, the portal and every webhook with it. Meta's deliveries and a login are a few KB: 1 MiB
 * for webhooks, login and enrollment, 256 KiB for HQ's JSON; only the store's batch upload takes
 * more (up to what ingest inflates).
 */
const APP_SECRET = 'meta-app-secret-0123456789';
let postgres: TestPostgres;
let relay: TestRelay;

beforeAll(async () => {
  postgres = await startTestPostgres();
  relay = await startTestRelay(postgres, { chat: { appSecret: APP_SECRET, verifyToken: 'verifica' } });
});

afterAll(async () => {
  await relay?.close();
  await postgres?.stop();
});

const BIG = 32 * 1024 * 1024;

describe('oversized bodies on unauthenticated endpoints', () => {
  it('refuses a 32 MiB unsigned body on the Meta webhook with 413 instead of buffering it', async () => {
    const body = Buffer.alloc(BIG, 0x20);
    const response = await fetch(`${relay.baseUrl}${META_WEBHOOK_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': 'sha256=00' },
      body,
    });
    expect(response.status).toBe(413);
  });

  it('refuses a 32 MiB login body with 413 instead of parsing it', async () => {
    const body = JSON.stringify({ username: 'admin', password: 'x'.repeat(BIG) });
    const response = await fetch(`${relay.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect([response.status, (await response.json()).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('refuses an HQ JSON body past its smaller limit', async () => {
    const body = JSON.stringify({ storeIds: Array.from({ length: 10_000 }, () => crypto.randomUUID()), priceCents: 100 });
    const response = await fetch(`${relay.baseUrl}/api/v1/catalog/products/prod-1/changes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await relay.adminToken()}`, 'content-type': 'application/json' },
      body,
    });
    expect([response.status, (await response.json()).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });
});
