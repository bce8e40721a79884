import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { spawnAppliance, TEST_ADMIN_PASSWORD, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient, type ApiResponse } from '../support/http-client.js';
import { callFrom } from '../support/loopback-client.js';

const STORE_ID = 'e2e-security-auth';
const CASHIER_PASSWORD = 'Caixa#2026';
const MANAGERS = {
  tarde: { username: 'gerente.tarde', pin: '739184' },
  noite: { username: 'gerente.noite', pin: '582047' },
  folga: { username: 'gerente.folga', pin: '620573' },
};

interface Cashier {
  id: string;
  token: string;
}

/**
 * Manager overrides, lockouts and credential rules against the built appliance over HTTP and
 * MQTT. Each terminal is its own loopback source address: the appliance knows terminals by the
 * TCP peer address.
 */
describe('authentication and overrides: security regressions', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let audit: MqttClient;
  const auditMessages: { topic: string; event: { type: string; payload: any } }[] = [];
  const managerIds: Record<string, string> = {};

  const createUser = async (user: Record<string, string>) => {
    const created = await admin.post('/users', { name: user.username, ...user });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.id as string;
  };
  const newCashier = async (username: string): Promise<Cashier> => {
    const id = await createUser({ username, role: 'CASHIER', password: CASHIER_PASSWORD });
    const login = await admin.call('POST', '/auth/login', { username, password: CASHIER_PASSWORD });
    return { id, token: login.body.data.accessToken };
  };
  const newOrder = async (cashier: Cashier) => {
    const created = await callFrom('127.0.0.1', appliance.baseUrl, 'POST', '/orders', { token: cashier.token, body: { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 2 }] } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.id as string;
  };
  /**
   * A manual discount always needs a manager override: the protected action these tests ask for.
   * The override goes in the header as `<username>:<pin>`, or in the body as `{username, pin}`.
   */
  const discount = (cashier: Cashier, terminal: string, orderId: string, override: string | { username: string; pin: string }): Promise<ApiResponse> =>
    callFrom(terminal, appliance.baseUrl, 'POST', `/orders/${orderId}/discount`, {
      token: cashier.token,
      body: { amountCents: 100, reason: 'cliente fiel', ...(typeof override === 'string' ? {} : { managerOverride: override }) },
      headers: typeof override === 'string' ? { 'x-manager-override': override } : {},
    });

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_STORE_ID: STORE_ID, CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 90_000 });
    admin = await new ApiClient(appliance.baseUrl).login('admin', TEST_ADMIN_PASSWORD);
    for (const [key, manager] of Object.entries(MANAGERS)) {
      managerIds[key] = await createUser({ username: manager.username, role: 'MANAGER', password: 'Gerencia#2026', pin: manager.pin });
    }
    audit = await mqtt.connectAsync(`mqtt://127.0.0.1:${appliance.mqttPort}`, { username: 'admin', password: TEST_ADMIN_PASSWORD, reconnectPeriod: 0 });
    audit.on('message', (topic, payload) => auditMessages.push({ topic, event: JSON.parse(payload.toString()) }));
    await audit.subscribeAsync(`store/${STORE_ID}/audit/#`, { qos: 1 });
  }, 120_000);

  afterAll(async () => {
    await audit?.endAsync(true);
    await appliance?.stop();
  });

  it('holds a manager to 10 override guesses an hour whatever the spelling, journals each with requester, terminal and address, and raises an audit event at the 3rd', async () => {
    const managerId = managerIds.tarde;
    const cashiers = [await newCashier('caixa.a'), await newCashier('caixa.b'), await newCashier('caixa.c'), await newCashier('caixa.d')];
    const terminals = ['127.0.0.11', '127.0.0.12', '127.0.0.13', '127.0.0.14'];
    const orderId = await newOrder(cashiers[0]);

    // A padded or otherwise non-canonical name is nobody, even with the right PIN.
    // (HTTP strips blanks around a header value, so the leading one goes in the body.)
    const pin = MANAGERS.tarde.pin;
    for (const padded of [`gerente.tarde :${pin}`, `gerente.tarde\t:${pin}`, { username: ' gerente.tarde', pin }]) {
      const refused = await discount(cashiers[3], terminals[3], orderId, padded);
      expect(refused.status, JSON.stringify(padded)).toBe(403);
      expect(refused.body.error.details.reason).toBe('NOT_A_MANAGER');
    }

    const suspected = () => auditMessages.filter((m) => m.event.type === 'auth.override_guessing_suspected' && m.event.payload.managerId === managerId);
    const spellings = ['gerente.tarde', 'GERENTE.TARDE', 'Gerente.Tarde', 'gerente.TARDE'];
    // 4 + 4 + 2 guesses from three cashiers at three terminals, each under its own limit.
    const plan = [0, 0, 0, 0, 1, 1, 1, 1, 2, 2];
    for (const [n, who] of plan.entries()) {
      const wrong = await discount(cashiers[who], terminals[who], orderId, `${spellings[n % spellings.length]}:${String(100000 + n * 7919)}`);
      expect(wrong.status, `guess ${n + 1}: ${JSON.stringify(wrong.body)}`).toBe(403);
      expect(wrong.body.error).toMatchObject({ code: 'MANAGER_OVERRIDE_INVALID', details: { reason: 'BAD_SECRET' } });
      if (n === 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        expect(suspected()).toEqual([]);
      }
      if (n === 2) {
        const [alert] = await waitUntil('the guessing alert on audit/', suspected, (found) => found.length > 0);
        expect(alert.topic).toBe(`store/${STORE_ID}/audit/auth.override_guessing_suspected`);
        expect(alert.event.payload).toMatchObject({ managerId, requestedBy: { id: cashiers[0].id }, address: terminals[0], failures: { MANAGER: 3 } });
        expect(alert.event.payload.scopes).toContain('MANAGER');
      }
    }

    // The 11th guess, in a spelling not used yet, from a cashier and terminal still under their limits.
    const eleventh = await discount(cashiers[2], terminals[2], orderId, `gErEnTe.TaRdE:${String(654987)}`);
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error).toMatchObject({ code: 'RATE_LIMITED', details: { scope: 'MANAGER' } });
    expect(eleventh.body.error.details.retryAfterSeconds).toBeGreaterThan(3000);
    // Not even the right PIN is checked any more.
    const right = await discount(cashiers[3], terminals[3], orderId, `gerente.tarde:${MANAGERS.tarde.pin}`);
    expect(right.status).toBe(429);
    expect((await admin.get(`/orders/${orderId}`)).body.data.discountCents ?? 0).toBe(0);

    const journaled = await admin.get(`/audit?type=auth.override_failed&subjectId=${managerId}&size=100&sort=seq:asc`);
    expect(journaled.body.metadata.total).toBe(10);
    journaled.body.data.forEach((event: { payload: any; actor: { id: string } }, n: number) => {
      const who = plan[n];
      expect(event.payload).toMatchObject({
        managerId,
        reason: 'BAD_SECRET',
        method: 'pin',
        requestedBy: { type: 'user', id: cashiers[who].id },
        address: terminals[who],
        terminal: `address:${terminals[who]}`,
      });
      expect(event.actor.id).toBe(cashiers[who].id);
    });
    expect(JSON.stringify(journaled.body)).not.toContain(MANAGERS.tarde.pin);
    const padded = await admin.get(`/audit?type=auth.override_failed&actorId=${cashiers[3].id}`);
    expect(padded.body.data.map((e: { payload: any }) => e.payload.reason)).toEqual(['NOT_A_MANAGER', 'NOT_A_MANAGER', 'NOT_A_MANAGER']);
  }, 120_000);

  it('also limits each requesting user and each terminal, so one cashier or one till cannot use up a manager', async () => {
    const [first, second] = [await newCashier('caixa.e'), await newCashier('caixa.f')];
    const orderId = await newOrder(first);
    const guess = (cashier: Cashier, terminal: string, n: number) => discount(cashier, terminal, orderId, `${MANAGERS.noite.username}:${String(200000 + n * 104729)}`);
    for (let n = 0; n < 5; n++) expect((await guess(first, '127.0.0.15', n)).body.error.details.reason).toBe('BAD_SECRET');
    const sixth = await guess(first, '127.0.0.16', 5);
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.details.scope).toBe('REQUESTER');
    const sameTill = await guess(second, '127.0.0.15', 6);
    expect(sameTill.status).toBe(429);
    expect(sameTill.body.error.details.scope).toBe('TERMINAL');
    const otherTill = await guess(second, '127.0.0.16', 7);
    expect(otherTill.body.error.details.reason).toBe('BAD_SECRET');
  }, 120_000);

  it('keeps a manager able to authorize overrides while failed network logins lock their login', async () => {
    const manager = MANAGERS.folga;
    const codes: string[] = [];
    for (let n = 0; n < 5; n++) {
      const res = await callFrom('127.0.0.20', appliance.baseUrl, 'POST', '/auth/login', { body: { username: manager.username, password: `Errada#${n}xyz` } });
      codes.push(res.body.error.code);
    }
    expect(codes[4]).toBe('ACCOUNT_LOCKED');

    const cashier = await newCashier('caixa.g');
    const orderId = await newOrder(cashier);
    const approved = await discount(cashier, '127.0.0.21', orderId, `${manager.username}:${manager.pin}`);
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.data.discountCents).toBe(100);
    const granted = await admin.get(`/audit?type=auth.override_granted&subjectId=${managerIds.folga}`);
    expect(granted.body.data[0].payload).toMatchObject({ action: 'orders.discount', requestedBy: { id: cashier.id } });

    // The login limits themselves still hold.
    const login = await callFrom('127.0.0.22', appliance.baseUrl, 'POST', '/auth/login', { body: { username: manager.username, password: 'Gerencia#2026' } });
    expect(login.status).toBe(423);
    const pinLogin = await callFrom('127.0.0.22', appliance.baseUrl, 'POST', '/auth/pin-login', { body: { username: manager.username, pin: manager.pin } });
    expect(pinLogin.status).toBe(423);
  }, 120_000);

  it('refuses trivial PINs, short manager PINs and common passwords for new credentials; the demo users keep theirs', async () => {
    const refused = async (res: ApiResponse, code: string, rules: string[]) => {
      expect(res.status, JSON.stringify(res.body)).toBe(422);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.details.rules).toEqual(rules);
    };
    await refused(await admin.post('/users', { username: 'gerente.novo', name: 'Novo', role: 'MANAGER', password: 'Gerencia#2026', pin: '2580' }), 'PIN_POLICY', ['MIN_LENGTH_6_FOR_MANAGERS']);
    await refused(await admin.post('/users', { username: 'caixa.zero', name: 'Zero', role: 'CASHIER', password: CASHIER_PASSWORD, pin: '0000' }), 'PIN_POLICY', ['REPEATED_DIGITS']);
    await refused(await admin.post('/users', { username: 'caixa.seq', name: 'Seq', role: 'CASHIER', password: CASHIER_PASSWORD, pin: '4321' }), 'PIN_POLICY', ['SEQUENCE']);
    await refused(await admin.post('/users', { username: 'caixa.comum', name: 'Comum', role: 'CASHIER', password: 'Senha@123' }), 'PASSWORD_POLICY', ['COMMON_PASSWORD']);

    const cashier = await createUser({ username: 'caixa.h', role: 'CASHIER', password: CASHIER_PASSWORD, pin: '2468' });
    await refused(await admin.call('PUT', `/users/${cashier}/pin`, { pin: '123456' }), 'PIN_POLICY', ['SEQUENCE']);
    await refused(await admin.call('PUT', `/users/${managerIds.noite}/pin`, { pin: '1357' }), 'PIN_POLICY', ['MIN_LENGTH_6_FOR_MANAGERS']);
    await refused(await admin.post(`/users/${cashier}/password`, { newPassword: 'P@ssw0rd1' }), 'PASSWORD_POLICY', ['COMMON_PASSWORD']);
    const change = await callFrom('127.0.0.30', appliance.baseUrl, 'POST', '/auth/change-password', { body: { username: 'caixa.h', currentPassword: CASHIER_PASSWORD, newPassword: 'Admin@123' } });
    await refused(change, 'PASSWORD_POLICY', ['COMMON_PASSWORD']);
    expect((await admin.call('PUT', `/users/${cashier}/pin`, { pin: '975310' })).status).toBe(200);

    // Seeded demo credentials (README, demo-only) still work.
    const demoManager = await callFrom('127.0.0.31', appliance.baseUrl, 'POST', '/auth/pin-login', { body: { username: 'gerente', pin: '1234' } });
    expect(demoManager.status).toBe(200);
  }, 120_000);
});
