import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../kernel/http/command-route.js';
import { requirePermission } from '../../kernel/http/permissions.js';
import { readJson } from '../../kernel/http/validation.js';
import type { ApplianceModule } from '../../kernel/module.js';
import type { TestAppliance } from '../../kernel/testing/harness.js';
import { z } from 'zod';
import { consumeManagerOverride, verifyManagerOverride, verifyRequestOverride } from '../index.js';
import { startAuthAppliance, type AuthTestClient } from '../testing/auth-test-client.js';

/** A stand-in for the refunds workflow: the protected action runs only with a manager override. */
const refundModule: ApplianceModule = {
  name: 'refund-test',
  register(ctx) {
    ctx.api.post('/test-refunds', requirePermission('payments.capture'), async (c) => {
      const body = await readJson(c, z.object({ paymentId: z.string(), managerOverride: z.unknown().optional() }));
      const verified = await verifyRequestOverride(c, ctx.db);
      return runCommand(c, 'test.refund', (tx) => {
        const grant = consumeManagerOverride(tx, {
          action: 'payments.refund',
          override: verified,
          requestedBy: tx.actor,
          subject: { aggregateType: 'payment', aggregateId: body.paymentId },
        });
        return { refunded: body.paymentId, approvedBy: grant.managerId };
      });
    });
  },
};

describe('manager override', () => {
  let app: TestAppliance;
  let client: AuthTestClient;
  let cashierToken: string;
  let managerId: string;
  afterEach(() => app?.close());

  async function setup() {
    const started = await startAuthAppliance({ extraModules: [refundModule] });
    app = started.app;
    client = started.client;
    const admin = await client.adminToken();
    managerId = (await client.createUser(admin, { username: 'gerente', role: 'MANAGER', password: 'Gerente#2026', pin: '864209' })).id;
    await client.createUser(admin, { username: 'caixa', role: 'CASHIER', password: 'Caixa#2026', pin: '2468' });
    cashierToken = (await client.login('caixa', 'Caixa#2026')).accessToken;
  }

  it('authorizes one action with a manager PIN from the header and journals both actors', async () => {
    await setup();
    const res = await client.post('/test-refunds', { paymentId: 'p1' }, cashierToken, { 'x-manager-override': 'gerente:864209' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ refunded: 'p1', approvedBy: managerId });
    const granted = app.ctx.journal.readAfter(0, 1000).find((e) => e.type === 'auth.override_granted');
    expect(granted?.payload).toMatchObject({
      action: 'payments.refund',
      method: 'pin',
      manager: { id: managerId, username: 'gerente', role: 'MANAGER' },
      requestedBy: { type: 'user' },
      subject: { aggregateType: 'payment', aggregateId: 'p1' },
    });
    expect(granted?.actor?.type).toBe('user');
    expect(granted?.actor?.id).not.toBe(managerId);
  });

  it('takes the override from the body, with a PIN or a password', async () => {
    await setup();
    const viaBody = await client.post('/test-refunds?mode=sync', { paymentId: 'p2', managerOverride: { username: 'gerente', pin: '864209' } }, cashierToken);
    expect(viaBody.status).toBe(200);
    const withPassword = await client.post('/test-refunds', { paymentId: 'p3', managerOverride: { username: 'gerente', password: 'Gerente#2026' } }, cashierToken);
    expect(withPassword.status).toBe(200);
    const malformed = await client.post('/test-refunds', { paymentId: 'p4', managerOverride: { username: 'gerente' } }, cashierToken);
    expect(malformed.status).toBe(400);
  });

  it('refuses a missing, wrong or non-manager override with 403, journaling only the refusals', async () => {
    await setup();
    const before = app.ctx.journal.lastSeq();
    const missing = await client.post('/test-refunds', { paymentId: 'p5' }, cashierToken);
    expect(missing.status).toBe(403);
    expect(missing.body.error).toMatchObject({ code: 'MANAGER_OVERRIDE_REQUIRED', message: 'Esta ação precisa da autorização de um gerente.' });
    const wrong = await client.post('/test-refunds', { paymentId: 'p5' }, cashierToken, { 'x-manager-override': 'gerente:0000' });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error.code).toBe('MANAGER_OVERRIDE_INVALID');
    const cashierPin = await client.post('/test-refunds', { paymentId: 'p5' }, cashierToken, { 'x-manager-override': 'caixa:2468' });
    expect(cashierPin.body.error).toMatchObject({ code: 'MANAGER_OVERRIDE_INVALID', details: { reason: 'NOT_A_MANAGER' } });
    const journaled = app.ctx.journal.readAfter(before, 100);
    expect(journaled.map((e) => [e.type, 'reason' in e.payload ? e.payload.reason : undefined])).toEqual([
      ['auth.override_failed', 'BAD_SECRET'],
      ['auth.override_failed', 'NOT_A_MANAGER'],
    ]);
    expect(journaled[0].payload).toMatchObject({ managerId, username: 'gerente', method: 'pin', requestedBy: { type: 'user' }, address: '127.0.0.1', terminal: 'address:127.0.0.1' });
    expect(JSON.stringify(journaled)).not.toContain('0000');
  });

  it('counts parallel guesses before hashing: no more checks than the limit lets through', async () => {
    await setup();
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => client.post('/test-refunds', { paymentId: `p${i}` }, cashierToken, { 'x-manager-override': `gerente:10${i}999` })),
    );
    const codes = guesses.map((g) => g.body.error.code).sort();
    expect(codes).toEqual([...Array(5).fill('MANAGER_OVERRIDE_INVALID'), ...Array(3).fill('RATE_LIMITED')].sort());
    expect(client.journalTypes().filter((t) => t === 'auth.override_failed')).toHaveLength(5);
  });

  it('consumes a verified grant exactly once', async () => {
    await setup();
    const grant = await verifyManagerOverride(app.ctx.db, { username: 'gerente', pin: '864209' }, { actor: null, address: '127.0.0.1' });
    const use = () =>
      app.ctx.commands.run('test.use', (tx) => consumeManagerOverride(tx, { action: 'cashier.withdrawal', override: grant, requestedBy: { type: 'user', id: 'c1' } }));
    await expect(use()).resolves.toMatchObject({ managerId, action: 'cashier.withdrawal' });
    await expect(use()).rejects.toMatchObject({ code: 'MANAGER_OVERRIDE_INVALID', details: { reason: 'ALREADY_USED' } });
    const forged = { ...grant, grantId: 'made-up' };
    await expect(
      app.ctx.commands.run('test.use', (tx) => consumeManagerOverride(tx, { action: 'x', override: forged })),
    ).rejects.toMatchObject({ code: 'MANAGER_OVERRIDE_INVALID' });
  });
});
