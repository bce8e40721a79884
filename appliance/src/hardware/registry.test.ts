import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHardwareModule } from './index.js';

describe('hardware registry over HTTP', () => {
  let app: TestAppliance;
  let admin: string;
  const call = async (method: string, path: string, body?: unknown, authorization = admin) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const scale = { id: 'balanca-1', kind: 'scale', name: 'Balança', profileId: 'toledo-prix-6', transport: { type: 'serial', path: '/dev/ttyUSB0' } };

  beforeAll(async () => {
    app = await startTestAppliance([createHardwareModule()]);
    admin = app.bearer(['devices.manage', 'scales.read']);
  });
  afterAll(() => app.close());

  it('configures a device, journals the change and lists it', async () => {
    const created = await call('POST', '/hardware', scale);
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ id: 'balanca-1', kind: 'scale', profileId: 'toledo-prix-6', virtual: false });
    const renamed = await call('POST', '/hardware', { ...scale, name: 'Balança do buffet' });
    expect(renamed.body.data.name).toBe('Balança do buffet');
    const list = await call('GET', '/hardware');
    expect(list.body.data.map((d: { id: string; name: string }) => [d.id, d.name])).toEqual([['balanca-1', 'Balança do buffet']]);
    const events = app.ctx.db.prepare("SELECT type, aggregate_id FROM journal WHERE type LIKE 'hardware.%' ORDER BY seq").all();
    expect(events).toEqual([
      { type: 'hardware.configured', aggregate_id: 'balanca-1' },
      { type: 'hardware.configured', aggregate_id: 'balanca-1' },
    ]);
  });

  it('never opens an assigned port until the device is used: a missing port answers 503 on read', async () => {
    const reading = await call('GET', '/devices/balanca-1/weight');
    expect(reading.status).toBe(503);
    expect(reading.body.error.code).toBe('SCALE_UNAVAILABLE');
    expect(reading.body.error.message).toMatch(/Balança não responde/);
  });

  it('validates against the firmware profiles and the other devices', async () => {
    const cases: [unknown, number, string][] = [
      [{ ...scale, id: 'b2', profileId: 'no-such-model' }, 422, 'HARDWARE_PROFILE_NOT_FOUND'],
      [{ ...scale, id: 'b2', profileId: 'zebra-ds2208' }, 422, 'HARDWARE_PROFILE_KIND_MISMATCH'],
      [{ ...scale, id: 'b2', profileId: 'filizola-platina' }, 409, 'HARDWARE_PORT_IN_USE'],
      [{ ...scale, id: 'b2', transport: { type: 'tef-dial', reqDir: '/tmp/req', respDir: '/tmp/resp' } }, 422, 'HARDWARE_TRANSPORT_NOT_SUPPORTED'],
      [{ id: 'tef-2', kind: 'tef', name: 'PIN pad', profileId: 'pax-d200', transport: { type: 'serial', path: '/dev/ttyS3' } }, 422, 'HARDWARE_TRANSPORT_NOT_SUPPORTED'],
      [{ id: 'disp', kind: 'customer-display', name: 'D', profileId: 'pax-d200', transport: { type: 'virtual' } }, 422, 'HARDWARE_PROFILE_KIND_MISMATCH'],
      [{ ...scale, id: 'balanca-1', kind: 'scanner', profileId: 'zebra-ds2208', transport: { type: 'virtual' } }, 409, 'HARDWARE_KIND_CHANGE'],
      [{ ...scale, id: 'Bad Id' }, 400, 'VALIDATION_FAILED'],
      [{ ...scale, id: 'b3', transport: { type: 'serial', path: 'ttyUSB0' } }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await call('POST', '/hardware', body);
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
    }
  });

  it('allows one TEF terminal', async () => {
    const tef = { id: 'tef-1', kind: 'tef', name: 'PIN pad', profileId: 'pax-d200', transport: { type: 'virtual' } };
    expect((await call('POST', '/hardware', tef)).status).toBe(200);
    const second = await call('POST', '/hardware', { ...tef, id: 'tef-2', profileId: 'ingenico-move5000' });
    expect([second.status, second.body.error.code]).toEqual([409, 'HARDWARE_TEF_ALREADY_CONFIGURED']);
    const removed = await call('DELETE', '/hardware/tef-1');
    expect(removed.body.data.id).toBe('tef-1');
    expect((await call('GET', '/hardware/tef-1')).status).toBe(404);
    expect((await call('DELETE', '/hardware/tef-1')).body.error.code).toBe('HARDWARE_NOT_FOUND');
    const last = app.ctx.db.prepare('SELECT type, payload FROM journal ORDER BY seq DESC LIMIT 1').get() as { type: string; payload: string };
    expect([last.type, JSON.parse(last.payload)]).toEqual(['hardware.removed', { id: 'tef-1', kind: 'tef' }]);
  });

  it('shows a scanner whose port cannot be opened as offline, in the device view and in /health', async () => {
    const scanner = { id: 'leitor-1', kind: 'scanner', name: 'Leitor', profileId: 'zebra-ds2208', transport: { type: 'serial', path: '/dev/chefia-no-such-port' } };
    expect((await call('POST', '/hardware', scanner)).status).toBe(200);
    const view = await call('GET', '/hardware/leitor-1');
    expect(view.body.data).toMatchObject({ online: false, problem: 'SCANNER_UNAVAILABLE' });
    const health = await (await fetch(`${app.baseUrl}/health`)).json();
    expect(health.data.checks.hardware).toEqual({ status: 'degraded', offline: { 'leitor-1': 'SCANNER_UNAVAILABLE' } });
    await call('DELETE', '/hardware/leitor-1');
    const after = await (await fetch(`${app.baseUrl}/health`)).json();
    expect(after.data.checks.hardware).toEqual({ status: 'ok', offline: {} });
  });

  it('reports USB devices matched to profiles without claiming anything', async () => {
    const res = await call('GET', '/hardware/usb');
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.data.matches)).toBe(true);
    // In a container without /sys/bus/usb the listing is an error value, never a failed request.
    expect(typeof res.body.data.error === 'string' || Array.isArray(res.body.data.unmatched)).toBe(true);
  });

  it('lists the serial ports the kernel shows, each with its path, and is reserved to devices.manage', async () => {
    const res = await call('GET', '/hardware/serial-ports');
    expect(res.status).toBe(200);
    for (const port of res.body.data) expect(port).toMatchObject({ path: expect.stringMatching(/^\/dev\/tty/), profileIds: expect.any(Array) });
    expect((await call('GET', '/hardware/serial-ports', undefined, app.bearer(['orders.create']))).status).toBe(403);
  });

  it('is reserved to devices.manage; reading a scale needs scales.read', async () => {
    const cashier = app.bearer(['orders.create', 'scales.read']);
    expect((await call('GET', '/hardware', undefined, cashier)).status).toBe(403);
    expect((await call('POST', '/hardware', scale, cashier)).status).toBe(403);
    expect((await call('DELETE', '/hardware/balanca-1', undefined, cashier)).status).toBe(403);
    expect((await call('GET', '/devices/balanca-1/weight', undefined, app.bearer(['devices.manage']))).status).toBe(403);
    expect((await call('GET', '/devices/nope/weight', undefined, cashier)).body.error.code).toBe('HARDWARE_NOT_FOUND');
  });
});
