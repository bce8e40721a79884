import type { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisplayEmulator } from '../devices/display/index.js';
import { closeSerialLine, openSerialLine } from '../devices/scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../devices/testing/pty.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHardwareModule } from './index.js';

/** An order line as the orders module journals it. */
const orderItem = (name: string, totalCents: number) => ({
  itemId: 'i1', productId: 'p1', name, categoryId: 'c1', quantity: 1, unit: 'UNIT' as const, unitPriceCents: totalCents, discountCents: 0, totalCents, appliedRules: [],
});

describe('a Partner Tech CD-7220 on a serial line follows the order events (socat PTY)', () => {
  let app: TestAppliance;
  let pty: PtyPair;
  let glassEnd: SerialPort;
  const glass = new DisplayEmulator(20, 2);

  beforeAll(async () => {
    pty = await openPtyPair();
    glassEnd = await openSerialLine({ path: pty.b, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 });
    glassEnd.on('data', (chunk: Buffer) => glass.feed(chunk));
    app = await startTestAppliance([createHardwareModule()]);
    const res = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'display-1', kind: 'customer-display', name: 'Display', profileId: 'partner-tech-cd-7220', transport: { type: 'serial', path: pty.a } }),
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    if (glassEnd) await closeSerialLine(glassEnd);
    await pty?.close();
  });

  it('shows the item just added and the total, with Portuguese letters from the CP860 table', async () => {
    // The orders module emits this event when items are added; here it is journaled directly.
    await app.ctx.commands.run('test.items_added', (tx) =>
      tx.emit({ type: 'order.items_added', aggregateType: 'order', aggregateId: 'o1', payload: { orderId: 'o1', items: [orderItem('Pão de queijo', 450)], subtotalCents: 1234, discountCents: 0, totalCents: 1234 } }),
    );
    const expected = ['Pão de queijo   4,50', 'TOTAL       R$ 12,34'];
    const deadline = Date.now() + 3_000;
    while (JSON.stringify(glass.lines()) !== JSON.stringify(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(glass.lines()).toEqual(expected);
  });
});
