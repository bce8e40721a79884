import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { apiAs, startTillStore } from './test-support.js';

const STORE = 'store/demo-store';

/**
 * The redução Z is the manager's: a cashier may not read it (`reports.read`, 403 over HTTP), and
 * it lists every drawer of the day with what it should have held, what its operator counted and
 * how short it came. Every till, waiter phone and kitchen screen subscribes to `events/#`: the
 * day's close must reach them without the report, which goes to the supervisors' `audit/`.
 */
describe('the Z report when the day closes', () => {
  let app: TestAppliance;
  let cashierTill: MqttClient;
  let managerScreen: MqttClient;
  const seenByCashier: { topic: string; payload: any }[] = [];
  const seenByManager: { topic: string; payload: any }[] = [];

  const connect = async (username: string, topic: string, into: { topic: string; payload: any }[]) => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username, password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
    client.on('message', (received, payload) => into.push({ topic: received, payload: JSON.parse(payload.toString()) }));
    const granted = await client.subscribeAsync(topic, { qos: 1 });
    expect(granted[0].qos).toBe(1);
    return client;
  };

  beforeAll(async () => {
    app = await startTillStore();
    cashierTill = await connect('user:CASHIER', `${STORE}/events/#`, seenByCashier);
    managerScreen = await connect('user:MANAGER', `${STORE}/audit/#`, seenByManager);
  });
  afterAll(async () => {
    await cashierTill?.endAsync(true);
    await managerScreen?.endAsync(true);
    await app?.close();
  });

  it('does not reach the tills with every drawer\'s count, and reaches the managers', async () => {
    const alice = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-alice');
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const opened = await alice.post('/cashier-sessions', { terminalId: 'POS-ALICE', openingFloatCents: 20_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    const closedDrawer = await alice.post(`/cashier-sessions/${opened.body.data.id}/close`, { counted: { CASH: 15_000 } });
    expect(closedDrawer.body.data.report.status).toBe('SHORT');

    const bob = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'user-CASHIER');
    const closedDay = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true } });
    expect(closedDay.status, JSON.stringify(closedDay.body)).toBe(200);
    expect((await bob.get(`/business-days/${closedDay.body.data.day.id}/report`)).status).toBe(403);

    await app.ctx.events.settle();
    const closedEvents = () => [...seenByCashier, ...seenByManager].filter((m) => m.topic.endsWith('/business_day.closed'));
    await waitUntil('the day close on MQTT', closedEvents, (events) => events.length > 0);
    // Whatever went to the tills would have arrived by now with the managers' copy.
    await new Promise((r) => setTimeout(r, 200));
    const atTheTill = seenByCashier.filter((m) => m.topic.endsWith('/business_day.closed'));
    expect(atTheTill.map((m) => m.payload.payload?.report?.cashiers)).toEqual([]);
    const forManagers = seenByManager.find((m) => m.topic === `${STORE}/audit/business_day.closed`)!;
    expect(forManagers.payload.payload.report.cashiers).toEqual([expect.objectContaining({ terminalId: 'POS-ALICE', differenceCents: -5_000, status: 'SHORT' })]);
  });
});
