import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore } from './test-support.js';

/**
 * The manager closes the day at the end of the night; the back office loses the answer (the Wi-Fi
 * drops while the Z and the backup are made) and sends the same request again with the same
 * Idempotency-Key, as every POST of the API allows (docs/api.md). The store expects the retry to
 * answer the day's Z report, as the first call did, and to change nothing more: not "no business
 * day open", not a second backup.
 */
describe('closing the day again with the same Idempotency-Key', () => {
  let app: TestAppliance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  const backups = (store: TestAppliance) => readdirSync(join(store.ctx.config.dataDir, 'backups')).filter((name) => name.endsWith('.db'));

  it('answers the Z report of the first close once it has answered', async () => {
    app = await startTillStore();
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const key = { 'idempotency-key': 'fechar-dia-23-11' };
    const first = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key);
    expect(first.status, JSON.stringify(first.body)).toBe(200);

    const retried = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body.data).toEqual(first.body.data);
    expect(backups(app)).toHaveLength(1);
  });

  it('answers the same close to a retry sent while the first is still making the Z and the backup', async () => {
    app = await startTillStore();
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const key = { 'idempotency-key': 'fechar-dia-23-11-b' };
    const [first, retried] = await Promise.all([
      manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key),
      manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key),
    ]);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body.data).toEqual(first.body.data);
    expect(backups(app)).toHaveLength(1);
  });

  it('still refuses the same key sent with another body', async () => {
    app = await startTillStore();
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const key = { 'idempotency-key': 'fechar-dia-23-11-c' };
    expect((await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } }, key)).status).toBe(200);
    const other = await manager.post('/business-days/current/close', {}, key);
    expect([other.status, other.body.error?.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
  });
});
