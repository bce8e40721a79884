import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

describe('API contract against the real process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-contract-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('replays an Idempotency-Key across a restart with one journal event', async () => {
    const first = await spawnAppliance({ dataDir });
    const client = await new ApiClient(first.baseUrl).login();
    const body = { name: 'Cliente Idempotente', cpf: '11144477735' };
    const created = await client.post('/customers', body, { 'idempotency-key': 'retry-me-1' });
    expect(created.status).toBe(201);
    expect(created.headers.get('idempotent-replayed')).toBe('false');
    expect(await first.kill('SIGKILL')).not.toBe(0);

    const second = await spawnAppliance({ dataDir });
    try {
      client.baseUrl = second.baseUrl;
      await client.login();
      const retried = await client.post('/customers', body, { 'idempotency-key': 'retry-me-1' });
      expect(retried.status).toBe(201);
      expect(retried.headers.get('idempotent-replayed')).toBe('true');
      expect(retried.body).toEqual(created.body);
      const journal = await client.get('/journal?afterSeq=0&limit=1000');
      const registered = journal.body.data.filter((e: { type: string; aggregateId: string }) => e.type === 'customer.registered' && e.aggregateId === created.body.data.id);
      expect(registered).toHaveLength(1);
      const list = await client.get('/customers?q=11144477735');
      expect(list.body.metadata.total).toBe(1);
    } finally {
      await second.kill('SIGTERM');
    }
  }, 120_000); // two appliance start-ups: slow on a loaded CI machine

  it('answers malformed JSON, wrong types and oversized bodies with the envelope', async () => {
    const appliance = await spawnAppliance({ dataDir });
    try {
      const client = await new ApiClient(appliance.baseUrl).login();
      const malformed = await client.call('POST', '/customers', '{"name": "x",', { 'content-type': 'application/json' });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ success: false, data: null, error: { code: 'MALFORMED_JSON' } });
      const wrongTypes = await client.post('/customers', { name: 42, marketingConsent: 'sim' });
      expect(wrongTypes.status).toBe(400);
      expect(wrongTypes.body.error.code).toBe('VALIDATION_FAILED');
      expect(wrongTypes.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['marketingConsent', 'name']);
      expect(wrongTypes.body.error.message).toBe('Dados inválidos na requisição.');
      const oversized = await client.post('/customers', { name: 'x'.repeat(1_200_000) });
      expect(oversized.status).toBe(413);
      expect(oversized.body.error.code).toBe('BODY_TOO_LARGE');
      const unknown = await client.get('/no-such-thing');
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('ROUTE_NOT_FOUND');
      const health = await fetch(`${appliance.baseUrl}/health`);
      expect(health.status).toBe(200);
    } finally {
      expect(await appliance.kill('SIGTERM')).toBe(0);
    }
  });

  it('drains on SIGTERM: in-flight writes finish, the process exits 0', async () => {
    const appliance = await spawnAppliance({ dataDir });
    const client = await new ApiClient(appliance.baseUrl).login();
    const writes = Array.from({ length: 50 }, (_, i) => client.post('/customers', { name: `drain-${i}` }).catch(() => null));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const exit = appliance.kill('SIGTERM');
    const results = await Promise.all(writes);
    expect(await exit).toBe(0);
    const acknowledged = results.filter((r) => r?.status === 201).map((r) => r!.body.data.id);
    const restarted = await spawnAppliance({ dataDir });
    try {
      const check = await new ApiClient(restarted.baseUrl).login();
      for (const id of acknowledged) expect((await check.get(`/customers/${id}`)).status).toBe(200);
      expect(restarted.logs.some((l) => l.includes('"msg":"ready"'))).toBe(true);
    } finally {
      await restarted.kill('SIGTERM');
    }
  }, 120_000); // a start-up and a graceful drain
});
