import mqtt from 'mqtt';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../testing/harness.js';
import { connectPacket, subscribePacket } from '../testing/mqtt-packets.js';
import { waitUntil } from '../testing/wait-until.js';

const COMMANDS = 'store/demo-store/kds/GRILL/commands';

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Writes `bytes` and resolves with the next chunk the broker answers. */
function exchange(socket: Socket, bytes: Buffer): Promise<Buffer> {
  const answer = new Promise<Buffer>((resolve) => socket.once('data', resolve));
  socket.write(bytes);
  return answer;
}

describe('broker limits per client', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startTestAppliance([], { env: { CHEFIA_MQTT_CONNECT_TIMEOUT_MS: '500', CHEFIA_MQTT_MAX_CLIENT_QUEUE_BYTES: '65536' } });
  });
  afterAll(() => app.close());

  it('closes a connection whose CONNECT does not arrive within the connect timeout', async () => {
    const socket = await openSocket(app.mqttPort);
    const opened = Date.now();
    socket.write(connectPacket('slow-connect', 'user:KITCHEN', 'test').subarray(0, 5));
    await new Promise((resolve) => socket.once('close', resolve));
    expect(Date.now() - opened).toBeGreaterThanOrEqual(400);
    expect(Date.now() - opened).toBeLessThan(3000);
  });

  it('disconnects a subscriber that stops reading once its write queue passes the limit; the publisher stays', async () => {
    const reader = await openSocket(app.mqttPort);
    reader.on('error', () => undefined);
    expect((await exchange(reader, connectPacket('not-reading', 'user:KITCHEN', 'test')))[0]).toBe(0x20);
    expect((await exchange(reader, subscribePacket(COMMANDS)))[0]).toBe(0x90);
    reader.pause();
    const publisher = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:KITCHEN', password: 'test', reconnectPeriod: 0 });
    try {
      expect(app.ctx.mqtt.clientCount()).toBe(2);
      // The loopback socket buffers take several MB before the broker's own queue grows; well within
      // the 10 s after which a blocked socket is dropped anyway (drainTimeout).
      const payload = Buffer.alloc(200 * 1024, 0x20);
      await waitUntil(
        'the non-reading subscriber to be dropped',
        async () => {
          await publisher.publishAsync(COMMANDS, payload, { qos: 1 });
          return app.ctx.mqtt.clientCount();
        },
        (count) => count === 1,
        { timeoutMs: 6_000, intervalMs: 1 },
      );
      expect(publisher.connected).toBe(true);
    } finally {
      await publisher.endAsync(true);
      reader.destroy();
    }
  });
});

describe('connections waiting for CONNECT', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startTestAppliance([]);
  });
  afterAll(() => app.close());

  it('refuses a 17th connection from one address while 16 are still waiting to CONNECT; one that connects frees its slot', async () => {
    const waiting = await Promise.all(Array.from({ length: 16 }, () => openSocket(app.mqttPort)));
    try {
      const extra = await openSocket(app.mqttPort);
      await new Promise((resolve) => extra.once('close', resolve));
      expect(waiting.filter((s) => s.destroyed)).toEqual([]);

      expect((await exchange(waiting[0], connectPacket('now-connected', 'user:KITCHEN', 'test')))[0]).toBe(0x20);
      const admitted = await openSocket(app.mqttPort);
      expect((await exchange(admitted, connectPacket('admitted', 'user:KITCHEN', 'test')))[0]).toBe(0x20);
      admitted.destroy();
    } finally {
      for (const socket of waiting) socket.destroy();
    }
  });
});
