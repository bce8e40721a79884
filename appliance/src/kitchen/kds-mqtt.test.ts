import mqtt, { type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createKitchenModule } from './index.js';
import { KdsPublisher } from './publisher.js';
import { command, kitchenCommandsOnly, orderInput, orderItem, route, seedStations } from './test-support.js';
import { waitUntil } from '../kernel/testing/wait-until.js';

const STORE = 'demo-store';
const clients: MqttClient[] = [];

async function connect(app: TestAppliance, username = 'device:KDS:GRILL:EXPO', transport: 'tcp' | 'ws' = 'tcp'): Promise<MqttClient> {
  const url = transport === 'tcp' ? `mqtt://127.0.0.1:${app.mqttPort}` : `ws://127.0.0.1:${app.httpPort}/mqtt`;
  const client = await mqtt.connectAsync(url, { username, password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
  clients.push(client);
  return client;
}

/** Subscribes and collects the retained/live state of every ticket topic (empty payload = gone). */
async function watch(client: MqttClient, filter: string) {
  const state = new Map<string, any>();
  const log: { topic: string; empty: boolean }[] = [];
  client.on('message', (topic, payload) => {
    if (!topic.includes('/tickets/')) return;
    log.push({ topic, empty: payload.length === 0 });
    if (payload.length === 0) state.delete(topic);
    else state.set(topic, JSON.parse(payload.toString()));
  });
  const granted = await client.subscribeAsync(filter, { qos: 1 });
  return { state, log, granted };
}

const until = (check: () => boolean) => waitUntil('condition', check, Boolean, { timeoutMs: 3000, intervalMs: 10 });

/**
 * Waits for in-flight publishes, then snapshots what a brand-new subscriber is handed (retained set).
 * The retained burst arrives asynchronously after SUBACK, and a fixed wait misses it on a loaded
 * machine: wait for every id the caller knows must be there, then a short window for stale extras,
 * which the broker sends in the same burst.
 */
async function retainedSet(app: TestAppliance, filter: string, present: string[], username?: string): Promise<string[]> {
  await app.ctx.events.settle();
  const client = await connect(app, username);
  const { state } = await watch(client, filter);
  const ids = () => [...state.keys()].map((t) => t.split('/').pop()!).sort();
  await waitUntil('retained set', () => present.every((id) => ids().includes(id)), Boolean, { timeoutMs: 10_000, intervalMs: 10 }).catch(() => undefined);
  await new Promise((r) => setTimeout(r, 100));
  await client.endAsync();
  return ids();
}

function openIds(app: TestAppliance, station?: string): string[] {
  const sql = `SELECT id FROM kitchen_tickets WHERE status IN ('OPEN', 'IN_PROGRESS') ${station ? 'AND station = ?' : ''} ORDER BY id`;
  return (app.ctx.db.prepare(sql).pluck().all(...(station ? [station] : [])) as string[]).sort();
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
});

describe('KDS over MQTT (real aedes, real sockets)', () => {
  let app: TestAppliance;

  beforeAll(async () => {
    app = await startTestAppliance([createKitchenModule(), kitchenCommandsOnly]);
    await seedStations(app);
  });
  afterAll(() => app.close());

  it('publishes each open ticket retained after commit and clears it on bump', async () => {
    const kds = await connect(app);
    const { state, log } = await watch(kds, `store/${STORE}/kds/GRILL/tickets/+`);
    const [grill] = await route(app, orderInput(101, [orderItem('X-Burger', 'GRILL', 600, { modifiers: ['bacon'], notes: 'bem passado' })], { channel: 'TABLE', tableLabel: '7' }));
    const topic = `store/${STORE}/kds/GRILL/tickets/${grill.ticketId}`;
    await until(() => state.has(topic));
    expect(state.get(topic)).toMatchObject({
      ticketId: grill.ticketId,
      orderNumber: 101,
      channel: 'TABLE',
      table: '7',
      status: 'OPEN',
      items: [{ name: 'X-Burger', modifiers: ['bacon'], notes: 'bem passado' }],
      timers: { warnAfterSeconds: 300, lateAfterSeconds: 480 },
    });
    kds.publish(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId: grill.ticketId, action: 'bump' }), { qos: 1 });
    await until(() => !state.has(topic));
    expect(log.filter((l) => l.topic === topic).map((l) => l.empty)).toEqual([false, true]);
    expect(app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(grill.ticketId)).toBe('BUMPED');
  });

  it('shows a recalled ticket again, also when its bump and recall come back to back', async () => {
    const kds = await connect(app);
    const { state } = await watch(kds, `store/${STORE}/kds/GRILL/tickets/+`);
    const [grill] = await route(app, orderInput(103, [orderItem('X-Salada', 'GRILL', 300)]));
    const topic = `store/${STORE}/kds/GRILL/tickets/${grill.ticketId}`;
    await until(() => state.has(topic));
    const send = (action: string) => kds.publish(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId: grill.ticketId, action }), { qos: 1 });
    send('bump');
    await until(() => !state.has(topic));
    send('recall');
    await until(() => state.get(topic)?.status === 'IN_PROGRESS');
    // The clear of the bump and the ticket of the recall leave the broker in the order committed.
    send('bump');
    send('recall');
    await app.ctx.commands.drain();
    await app.ctx.events.settle();
    await until(() => state.get(topic)?.status === 'IN_PROGRESS' && state.get(topic)?.version === 5);
    expect(app.ctx.db.prepare('SELECT status, version FROM kitchen_tickets WHERE id = ?').get(grill.ticketId)).toEqual({ status: 'IN_PROGRESS', version: 5 });
    expect(await retainedSet(app, `store/${STORE}/kds/GRILL/tickets/+`, [grill.ticketId])).toContain(grill.ticketId);
  });

  it('treats a duplicate bump as a no-op and answers a bad command on the errors topic', async () => {
    const kds = await connect(app);
    const errors: any[] = [];
    kds.on('message', (topic, payload) => topic.endsWith('/errors') && errors.push(JSON.parse(payload.toString())));
    await kds.subscribeAsync(`store/${STORE}/kds/GRILL/errors`);
    const [grill] = await route(app, orderInput(102, [orderItem('X-Egg', 'GRILL', 300)]));
    const before = app.ctx.journal.lastSeq();
    for (let i = 0; i < 3; i++) kds.publish(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId: grill.ticketId, action: 'bump' }), { qos: 1 });
    kds.publish(`store/${STORE}/kds/GRILL/commands`, JSON.stringify({ ticketId: grill.ticketId, action: 'explode' }), { qos: 1 });
    await until(() => errors.length === 1);
    await app.ctx.commands.drain();
    const bumps = app.ctx.journal
      .readAfter(before)
      .filter((e) => e.type === 'kitchen.ticket_bumped')
      .filter((e) => e.payload.ticketId === grill.ticketId);
    expect(bumps).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Dados inválidos na requisição.' });
  });

  it('gives a KDS device only its own stations; expo sees every order', async () => {
    const kds = await connect(app, 'device:KDS:GRILL');
    await expect(kds.subscribeAsync(`store/${STORE}/kds/FRYER/tickets/+`)).rejects.toMatchObject({ packet: { granted: [128] } });
    expect(kds.connected).toBe(true);
    const tickets = await route(app, orderInput(103, [orderItem('Fritas', 'FRYER', 240), orderItem('Salada', 'COLD', 60)]));
    const expo = tickets.find((t) => t.kind === 'EXPO')!;
    expect(await retainedSet(app, `store/${STORE}/kds/EXPO/tickets/+`, [expo.ticketId])).toContain(expo.ticketId);
    expect(expo.items.map((i) => i.station)).toEqual(['FRYER', 'COLD']);
  });

  it('keeps retained all-day counts per station', async () => {
    const kds = await connect(app, 'device:KDS:FRYER');
    let latest: any = null;
    kds.on('message', (_t, p) => (latest = JSON.parse(p.toString())));
    await kds.subscribeAsync(`store/${STORE}/kds/FRYER/allday`);
    await route(app, orderInput(104, [orderItem('Onion rings', 'FRYER', 200, { quantity: 3 })]));
    await until(() => latest?.items.some((i: any) => i.name === 'Onion rings'));
    expect(latest.items).toContainEqual({ name: 'Onion rings', quantity: 3, unit: 'UNIT' });
    expect(latest.openTickets).toBe(openIds(app, 'FRYER').length);
  });

  it('serves the same snapshot over MQTT/WebSocket and HTTP', async () => {
    await route(app, orderInput(110, [orderItem('Burger', 'GRILL', 600)]));
    await route(app, orderInput(111, [orderItem('Cheddar', 'GRILL', 500)]));
    const ws = await connect(app, 'device:KDS:GRILL:EXPO', 'ws');
    const { state } = await watch(ws, `store/${STORE}/kds/GRILL/tickets/+`);
    await until(() => state.size === openIds(app, 'GRILL').length && state.size > 0);
    const res = await fetch(`${app.baseUrl}/api/v1/kds/GRILL/tickets`, { headers: { authorization: app.bearer(['kds.operate']) } });
    const body = await res.json();
    expect(body.data.map((t: any) => t.ticketId).sort()).toEqual([...state.values()].map((t) => t.ticketId).sort());
    expect(body.data).toEqual(expect.arrayContaining([...state.values()]));
  });

  it('accepts commands over HTTP with the same rules', async () => {
    const [grill] = await route(app, orderInput(105, [orderItem('Burger', 'GRILL', 600)]));
    const post = (station: string, body: unknown, auth = app.bearer(['kds.operate'])) =>
      fetch(`${app.baseUrl}/api/v1/kds/${station}/commands`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify(body) });
    const started = await post('GRILL', { ticketId: grill.ticketId, action: 'start' });
    expect(started.status).toBe(200);
    expect((await started.json()).data).toMatchObject({ changed: true, orderStarted: true, ticket: { status: 'IN_PROGRESS' } });
    expect((await post('GRILL', { ticketId: grill.ticketId, action: 'fly' })).status).toBe(400);
    expect((await post('NOPE', { ticketId: grill.ticketId, action: 'bump' })).status).toBe(404);
    const device = app.bearer(['kds.operate'], { type: 'device', id: 'kds-1', stations: ['FRYER'] });
    const forbidden = await post('GRILL', { ticketId: grill.ticketId, action: 'bump' }, device);
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe('KDS_STATION_FORBIDDEN');
    expect((await post('GRILL', { ticketId: 'unknown', action: 'bump' })).status).toBe(404);
    expect((await post('GRILL', { ticketId: grill.ticketId, action: 'bump' }, app.bearer(['orders.read']))).status).toBe(403);
  });

  it('rebuild clears a retained ticket that is no longer open (a lost clear) and republishes the open ones', async () => {
    const [grill, expo] = await route(app, orderInput(106, [orderItem('Burger', 'GRILL', 600)]));
    const [fryer] = await route(app, orderInput(107, [orderItem('Fritas', 'FRYER', 240)]));
    await command(app, 'GRILL', { ticketId: grill.ticketId, action: 'bump' });
    await command(app, 'FRYER', { ticketId: fryer.ticketId, action: 'void' });
    await app.ctx.events.settle();
    // A broker that kept retained messages across a crash still holds the tickets as open: one
    // bumped, one voided, at two stations.
    await app.ctx.mqtt.publish(`store/${STORE}/kds/GRILL/tickets/${grill.ticketId}`, grill, { retain: true });
    await app.ctx.mqtt.publish(`store/${STORE}/kds/FRYER/tickets/${fryer.ticketId}`, fryer, { retain: true });
    expect(await retainedSet(app, `store/${STORE}/kds/GRILL/tickets/+`, [grill.ticketId])).toContain(grill.ticketId);
    expect(await retainedSet(app, `store/${STORE}/kds/FRYER/tickets/+`, [fryer.ticketId], 'device:KDS:FRYER')).toContain(fryer.ticketId);
    await app.ctx.mqtt.publish(`store/${STORE}/kds/EXPO/tickets/${expo.ticketId}`, Buffer.alloc(0), { retain: true });
    const rebuilt = await new KdsPublisher(app.ctx).rebuild();
    expect(rebuilt.cleared).toBeGreaterThanOrEqual(2);
    for (const station of ['GRILL', 'FRYER', 'EXPO']) {
      expect(await retainedSet(app, `store/${STORE}/kds/${station}/tickets/+`, openIds(app, station), `device:KDS:${station}`)).toEqual(openIds(app, station));
    }
    expect(openIds(app, 'FRYER')).not.toContain(fryer.ticketId);
  });
});

describe('KDS retained set after an appliance restart', () => {
  it('equals the open tickets in SQLite: no duplicate, no missing', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-kds-'));
    try {
      let app = await startTestAppliance([createKitchenModule(), kitchenCommandsOnly], { dataDir });
      await seedStations(app);
      const routed = [];
      for (let n = 1; n <= 6; n++) routed.push(await route(app, orderInput(n, [orderItem('Burger', 'GRILL', 600), orderItem('Fritas', 'FRYER', 240)])));
      await command(app, 'GRILL', { ticketId: routed[0][0].ticketId, action: 'bump' });
      await command(app, 'EXPO', { ticketId: routed[1][2].ticketId, action: 'bump' });
      await command(app, 'FRYER', { ticketId: routed[2][1].ticketId, action: 'void' });
      await app.close();

      app = await startTestAppliance([createKitchenModule(), kitchenCommandsOnly], { dataDir });
      try {
        for (const station of ['GRILL', 'FRYER', 'EXPO']) {
          const retained = await retainedSet(app, `store/${STORE}/kds/${station}/tickets/+`, openIds(app, station), `device:KDS:${station}`);
          expect(retained).toEqual(openIds(app, station));
          expect(new Set(retained).size).toBe(retained.length);
        }
        expect(openIds(app)).toHaveLength(6 * 3 - 1 - 3 - 1);
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
