import { afterEach, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { startAuthAppliance } from '../testing/auth-test-client.js';

describe('GET /audit', () => {
  let app: TestAppliance;
  afterEach(() => app?.close());

  it('pages security events from the journal, filtered by type and subject', async () => {
    const started = await startAuthAppliance();
    app = started.app;
    const { client } = started;
    await client.post('/auth/login', { username: 'admin', password: 'Wrong#2026' });
    const admin = await client.adminToken();
    const user = await client.createUser(admin, { username: 'davi', role: 'WAITER', password: 'Davi#2026' });
    await client.call('PUT', `/users/${user.id}/role`, { body: { role: 'CASHIER' }, token: admin });
    await client.post('/devices', { name: 'Totem', kind: 'KIOSK' }, admin);

    const all = await client.get('/audit?size=100', admin);
    expect(all.status).toBe(200);
    const types = all.body.data.map((e: { type: string }) => e.type);
    expect(types).toEqual(['auth.device_registered', 'auth.role_changed', 'auth.user_created', 'auth.login_succeeded', 'auth.login_failed', 'auth.user_created']);
    expect(all.body.metadata).toEqual({ page: 1, size: 100, total: 6 });

    const page2 = await client.get('/audit?size=2&page=2&sort=seq:asc', admin);
    expect(page2.body.data.map((e: { type: string }) => e.type)).toEqual(['auth.login_succeeded', 'auth.user_created']);
    const failed = await client.get('/audit?type=auth.login_failed,auth.account_locked', admin);
    expect(failed.body.data).toHaveLength(1);
    expect(failed.body.data[0].payload).toMatchObject({ username: 'admin', reason: 'BAD_SECRET', address: '127.0.0.1' });
    const forUser = await client.get(`/audit?subjectId=${user.id}`, admin);
    expect(forUser.body.metadata.total).toBe(2);

    const firstAt = app.ctx.journal.readAfter(0, 1)[0].occurredAt;
    const fromWholeSecond = firstAt.replace(/\.\d{3}Z$/, 'Z');
    const sinceFirst = await client.get(`/audit?size=100&from=${fromWholeSecond}`, admin);
    expect(sinceFirst.body.metadata.total).toBe(all.body.data.filter((e: { occurredAt: string }) => e.occurredAt >= fromWholeSecond.replace('Z', '.000Z')).length);
    expect(sinceFirst.body.metadata.total).toBeGreaterThan(0);

    expect((await client.get('/audit?type=order.created', admin)).status).toBe(400);
    expect((await client.get('/audit?size=101', admin)).status).toBe(400);
    expect((await client.get('/audit')).status).toBe(401);
    const davi = await client.login('davi', 'Davi#2026');
    expect((await client.get('/audit', davi.accessToken)).status).toBe(403);
  });
});
