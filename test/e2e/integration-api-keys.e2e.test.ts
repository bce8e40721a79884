import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/** Scoped API keys for third-party systems, against the built appliance over HTTP. */
describe('integration API keys (built appliance)', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let key: string;
  let keyId: string;

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1' }, readyTimeoutMs: 90_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
  });
  afterAll(() => appliance?.stop());

  it('shows the key once and stores only its hash', async () => {
    const created = await admin.post('/integrations/api-keys', { name: 'Contador', scopes: ['catalog.read', 'fiscal.export'], rateLimitPerMinute: 4 });
    expect(created.status).toBe(201);
    key = created.body.data.key;
    keyId = created.body.data.apiKey.id;
    expect(key).toMatch(/^chefia_sk_[\w-]{43}$/);
    expect(created.body.data.apiKey).toMatchObject({ name: 'Contador', scopes: ['catalog.read', 'fiscal.export'], rateLimitPerMinute: 4, status: 'ACTIVE', lastUsedAt: null });
    const listed = await admin.get('/integrations/api-keys');
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.data[0].keyPrefix).toBe(key.slice(0, 16));

    const db = new Database(join(appliance.dataDir, 'store.db'), { readonly: true });
    const row = db.prepare('SELECT key_hash FROM integration_api_keys WHERE id = ?').get(keyId) as { key_hash: string };
    const journal = JSON.stringify(db.prepare("SELECT * FROM journal WHERE type LIKE 'auth.api_key%'").all());
    const idempotency = JSON.stringify(db.prepare('SELECT * FROM idempotency_keys').all());
    db.close();
    expect(row.key_hash).toBe(createHash('sha256').update(key).digest('hex'));
    for (const text of [journal, idempotency]) expect(text).not.toContain(key.slice(10));
  });

  it('authenticates as Bearer or X-Api-Key with only its scopes, limits calls per minute and audits each one', async () => {
    const asBearer = new ApiClient(appliance.baseUrl, key);
    expect((await asBearer.get('/products')).status).toBe(200);
    expect((await asBearer.get('/products?page=2')).status).toBe(200);
    const viaHeader = await fetch(`${appliance.baseUrl}/api/v1/products`, { headers: { 'x-api-key': key } });
    expect(viaHeader.status).toBe(200);
    const outOfScope = await asBearer.get('/customers');
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.body.error.code).toBe('FORBIDDEN');

    const limited = await asBearer.get('/products');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('API_KEY_RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    // Calls are audited right after they are answered.
    const calls = await waitUntil('five audited calls', () => admin.get(`/integrations/api-keys/${keyId}/calls`), (res) => res.body.data.length === 5);
    expect(calls.body.data.map((call: { status: number }) => call.status)).toEqual([429, 403, 200, 200, 200]);
    expect(calls.body.data[1]).toMatchObject({ method: 'GET', path: '/api/v1/customers', address: '127.0.0.1' });
    const [listed] = (await admin.get('/integrations/api-keys')).body.data;
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('stops working at once when revoked, and only an administrator manages keys', async () => {
    const revoked = await admin.post(`/integrations/api-keys/${keyId}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.data.status).toBe('REVOKED');
    const after = await new ApiClient(appliance.baseUrl, key).get('/products');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('TOKEN_INVALID');

    const manager = await new ApiClient(appliance.baseUrl).login('gerente', 'Gerente#2026');
    expect((await manager.post('/integrations/api-keys', { name: 'x', scopes: ['catalog.read'] })).status).toBe(403);
    const tooWide = await admin.post('/integrations/api-keys', { name: 'x', scopes: ['customers.read'] });
    expect(tooWide.status).toBe(400);
  });
});
