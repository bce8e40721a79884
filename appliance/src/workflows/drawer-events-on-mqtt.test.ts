import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startTillStore } from './test-support.js';

const STORE = 'store/demo-store';

/**
 * `events/#` is granted to every CASHIER, WAITER and KITCHEN user and to POS and WAITER_TABLET
 * devices. The drawer events carry what the HTTP API hides from a cashier: the cash in an open
 * drawer (blind count) and the close report of another operator's drawer (403 CASHIER_NOT_OWNER
 * over HTTP); they go to `audit/`, for supervisors.
 */
describe('drawer amounts on MQTT for non-supervisors', () => {
  let app: TestAppliance;
  let spy: MqttClient;
  const received: { topic: string; payload: any }[] = [];

  beforeAll(async () => {
    app = await startTillStore();
    // Another cashier's till (test auth: `user:CASHIER` / `test`), as the ACL allows.
    spy = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:CASHIER', password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
    spy.on('message', (topic, payload) => received.push({ topic, payload: JSON.parse(payload.toString()) }));
    const granted = await spy.subscribeAsync(`${STORE}/events/#`, { qos: 1 });
    expect(granted[0].qos).toBe(1);
  });
  afterAll(async () => {
    await spy?.endAsync(true);
    await app?.close();
  });

  it('does not hand a cashier the cash in an open drawer nor another operator\'s close report', async () => {
    const alice = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-alice');
    const opened = await alice.post('/cashier-sessions', { terminalId: 'POS-ALICE', openingFloatCents: 450_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const drawerId = opened.body.data.id;
    // A deposit (suprimento) past the drawer alert: the alert event names the cash in the drawer.
    const deposit = await alice.post(`/cashier-sessions/${drawerId}/operations`, { type: 'DEPOSIT', amountCents: 100_000, reason: 'troco' });
    expect(deposit.status, JSON.stringify(deposit.body)).toBe(201);
    // Over HTTP the drawer stays blind even to Alice while it is open...
    const seen = await alice.get(`/cashier-sessions/${drawerId}`);
    expect(seen.body.data.expectedByMethod).toBeNull();
    // ...and another cashier may not read it at all.
    const bob = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'user-CASHIER');
    expect((await bob.get(`/cashier-sessions/${drawerId}`)).status).toBe(403);

    const closed = await alice.post(`/cashier-sessions/${drawerId}/close`, { counted: { CASH: 550_000 } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await bob.get(`/cashier-sessions/${drawerId}/close-report`)).status).toBe(403);
    await app.ctx.events.settle();
    await new Promise((r) => setTimeout(r, 300));

    const cashInOpenDrawer = received.filter((m) => m.topic === `${STORE}/events/cashier.drawer_limit_exceeded`);
    const othersCloseReport = received.filter((m) => m.topic === `${STORE}/events/cashier.session_closed` && m.payload.payload?.sessionId === drawerId);
    expect(cashInOpenDrawer.map((m) => m.payload.payload?.cashCents)).toEqual([]);
    expect(othersCloseReport.map((m) => m.payload.payload?.lines)).toEqual([]);
  });
});
