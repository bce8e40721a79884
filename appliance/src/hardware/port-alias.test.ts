import { realpathSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../devices/testing/pty.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHardwareModule } from './index.js';

/**
 * A serial port belongs to one device, whichever of its names the technician picked:
 * `GET /hardware/serial-ports` offers both the kernel name (`/dev/ttyUSB0`) and the udev name that
 * survives re-plugging (`/dev/serial/by-id/usb-…`, a symlink to it). Two devices on the two names
 * of one port would both open it and read each other's bytes (a scanner eating the scale's
 * frames). Here socat's link plays the by-id symlink and /dev/pts/N the kernel name.
 */
describe('one serial port configured twice under two of its names', () => {
  let app: TestAppliance;
  let pty: PtyPair;
  const call = async (body: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    pty = await openPtyPair();
    app = await startTestAppliance([createHardwareModule()]);
  });
  afterAll(async () => {
    await app?.close();
    await pty?.close();
  });

  it('refuses a second device on the kernel name of a port already assigned through its stable symlink', async () => {
    const stablePath = pty.a;
    const kernelPath = realpathSync(pty.a);
    expect(kernelPath).not.toBe(stablePath);
    const scale = await call({ id: 'balanca-1', kind: 'scale', name: 'Balança', profileId: 'toledo-prix-6', transport: { type: 'serial', path: stablePath } });
    expect(scale.status).toBe(200);
    const display = await call({ id: 'display-1', kind: 'customer-display', name: 'Display', profileId: 'partner-tech-cd-7220', transport: { type: 'serial', path: kernelPath } });
    expect([display.status, display.body.error?.code]).toEqual([409, 'HARDWARE_PORT_IN_USE']);
  });
});
