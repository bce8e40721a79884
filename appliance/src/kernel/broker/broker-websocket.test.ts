import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestAppliance, type TestAppliance } from '../testing/harness.js';
import { connectPacket, subscribePacket } from '../testing/mqtt-packets.js';

/** Fixed header + remaining length of one MQTT packet starting at `frame[0]`. */
function packetLength(frame: Buffer): number {
  let multiplier = 1;
  let length = 0;
  let index = 1;
  for (;;) {
    const byte = frame[index++];
    length += (byte & 0x7f) * multiplier;
    if ((byte & 0x80) === 0) return index + length;
    multiplier *= 128;
  }
}

describe('MQTT over WebSocket', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startTestAppliance([]);
  });
  afterAll(() => app.close());

  it('sends each MQTT packet to a screen as exactly one WebSocket frame', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${app.httpPort}/mqtt`, 'mqtt');
    const frames: Buffer[] = [];
    ws.on('message', (data: Buffer) => frames.push(data));
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(connectPacket('ws-frame-test', 'device:KDS:GRILL', 'test'));
    ws.send(subscribePacket('store/demo-store/kds/GRILL/tickets/+'));
    const waitFor = async (count: number) => {
      const deadline = Date.now() + 3000;
      while (frames.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    };
    await waitFor(2);
    expect(frames.map((f) => f[0] >> 4)).toEqual([2, 9]);

    const ticket = { ticketId: 't-1', items: Array.from({ length: 20 }, (_, i) => ({ name: `Item ${i}`, quantity: 1 })) };
    await app.ctx.mqtt.publish('store/demo-store/kds/GRILL/tickets/t-1', ticket, { qos: 1, retain: true });
    await waitFor(3);
    ws.close();

    for (const frame of frames) expect(packetLength(frame)).toBe(frame.length);
    const publish = frames[2];
    expect(publish[0] >> 4).toBe(3);
    expect(publish.subarray(publish.length - Buffer.byteLength(JSON.stringify(ticket))).toString()).toBe(JSON.stringify(ticket));
  });
});
