import mqtt, { type MqttClient } from 'mqtt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../testing/harness.js';
import { waitUntil } from '../testing/wait-until.js';

const KDS = 'store/demo-store/kds';

/**
 * What a kitchen screen, a till or a customer display finds when it (re)connects is the state the
 * store published (open tickets, all-day counts, the order board), never something a logged-in
 * client left behind: a cook's login could otherwise keep up to 256 KiB per topic in the
 * appliance's memory, on as many made-up station names as it likes, until the store runs out of
 * memory, and every screen subscribing later would be handed it.
 */
describe('messages that screens send are never kept for later subscribers', () => {
  let app: TestAppliance;
  const clients: MqttClient[] = [];
  const connect = async (username: string) => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username, password: 'test', reconnectPeriod: 0 });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    app = await startTestAppliance([]);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await app.close();
  });

  it('keeps no Last Will a screen armed with the retain flag', async () => {
    const willing = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, {
      username: 'user:KITCHEN',
      password: 'test',
      reconnectPeriod: 0,
      will: { topic: `${KDS}/FRYER/commands`, payload: Buffer.from('{"action":"void"}'), qos: 1, retain: true },
    });
    // Gone without DISCONNECT: the broker publishes its will.
    (willing.stream as unknown as { destroy(): void }).destroy();
    await waitUntil('the will to be published', () => app.ctx.mqtt.clientCount(), (n) => n === 0);

    const screen = await connect('user:KITCHEN');
    const received: string[] = [];
    screen.on('message', (topic) => received.push(topic));
    await screen.subscribeAsync(`${KDS}/#`, { qos: 1 });
    await app.ctx.mqtt.publish(`${KDS}/FRYER/allday`, { items: [] }, { retain: true });
    await waitUntil('the store\'s own retained message', () => received.includes(`${KDS}/FRYER/allday`), Boolean);
    expect(received).toEqual([`${KDS}/FRYER/allday`]);
  });

  it('hands a later subscriber no message a cook published with the retain flag, and still runs the command', async () => {
    const handled: string[] = [];
    app.ctx.mqtt.handle(`${KDS}/+/commands`, (topic) => {
      handled.push(topic);
    });
    const cook = await connect('user:KITCHEN');
    const planted = Buffer.alloc(200 * 1024, 0x41);
    await cook.publishAsync(`${KDS}/GRILL/commands`, JSON.stringify({ ticketId: 't1', action: 'bump' }), { qos: 1, retain: true });
    await cook.publishAsync(`${KDS}/INVENTED1/commands`, planted, { qos: 1, retain: true });
    await waitUntil('the commands to reach the appliance', () => handled.length, (n) => n === 2);

    const screen = await connect('user:KITCHEN');
    const received: { topic: string; retain: boolean }[] = [];
    screen.on('message', (topic, _payload, packet) => received.push({ topic, retain: packet.retain }));
    await screen.subscribeAsync(`${KDS}/#`, { qos: 1 });
    // Something the store itself retains, published after: when it arrives, anything retained before would have too.
    await app.ctx.mqtt.publish(`${KDS}/GRILL/allday`, { items: [] }, { retain: true });
    await waitUntil('the store\'s own retained message', () => received.some((m) => m.topic === `${KDS}/GRILL/allday`), Boolean);

    expect(received.filter((m) => m.topic.endsWith('/commands'))).toEqual([]);
    // The cook is still connected: the flag is dropped, the command is not refused.
    expect(cook.connected).toBe(true);
  });
});
