import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfiles, findProfile } from '../devices/profiles/loader.js';
import type { ScaleProfile } from '../devices/profiles/schema.js';
import { ScaleSimulator } from '../devices/scale/index.js';
import { lineSettingsFromTransport } from '../devices/scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../devices/testing/pty.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHardwareModule } from './index.js';

describe('GET /devices/{id}/weight with a Toledo Prix 6 on a serial line (socat PTY + scale simulator)', () => {
  let app: TestAppliance;
  let pty: PtyPair;
  let simulator: ScaleSimulator;
  let cashier: string;
  const weigh = async (query = '') => {
    const res = await fetch(`${app.baseUrl}/api/v1/devices/balanca-1/weight${query}`, { headers: { authorization: cashier } });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    pty = await openPtyPair();
    const profile = findProfile(loadProfiles(), 'toledo-prix-6') as ScaleProfile;
    simulator = new ScaleSimulator({
      line: lineSettingsFromTransport(pty.b, profile.transports.serial!),
      framing: profile.scale.framing,
      checksum: profile.scale.checksum,
      weightDecimals: profile.scale.weightDecimals,
    });
    await simulator.start();
    app = await startTestAppliance([createHardwareModule()]);
    cashier = app.bearer(['orders.create', 'scales.read']);
    const res = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'balanca-1', kind: 'scale', name: 'Balança', profileId: profile.id, transport: { type: 'serial', path: pty.a } }),
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    await simulator?.stop();
    await pty?.close();
  });

  it('answers 1.234 kg stable as 1234 grams', async () => {
    simulator.place({ state: 'stable', grams: 1234 });
    const before = simulator.enquiriesReceived;
    const res = await weigh();
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ state: 'stable', grams: 1234 });
    expect(simulator.enquiriesReceived).toBe(before + 1);
  });

  it('reports unstable, negative and overload with their own codes and pt-BR texts', async () => {
    const cases = [
      ['unstable', 'SCALE_WEIGHT_UNSTABLE', /instável/],
      ['negative', 'SCALE_WEIGHT_NEGATIVE', /negativo/],
      ['overload', 'SCALE_WEIGHT_OVERLOAD', /Sobrecarga/],
    ] as const;
    for (const [state, code, text] of cases) {
      simulator.place({ state, grams: null });
      const res = await weigh('?maxWaitMs=300');
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code, details: { scaleId: 'balanca-1', state, grams: null } });
      expect(res.body.error.message).toMatch(text);
    }
  });

  it('keeps asking while the platter settles and charges the stable weight', async () => {
    simulator.place({ state: 'unstable', grams: null });
    setTimeout(() => simulator.place({ state: 'stable', grams: 2500 }), 250);
    const res = await weigh('?maxWaitMs=3000');
    expect(res.body.data).toEqual({ state: 'stable', grams: 2500 });
  });

  it('reports a silent scale as 503 SCALE_TIMEOUT, then reads again once it answers', async () => {
    simulator.setBehaviour('silent');
    const res = await weigh();
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ code: 'SCALE_TIMEOUT', details: { state: 'timeout', cause: 'NO_RESPONSE' } });
    expect(res.body.error.message).toMatch(/não respondeu/);
    simulator.setBehaviour('answer');
    simulator.place({ state: 'stable', grams: 1234 });
    expect((await weigh()).body.data).toEqual({ state: 'stable', grams: 1234 });
  });

  it('refuses bad input before touching the port', async () => {
    const res = await weigh('?maxWaitMs=abc');
    expect([res.status, res.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('is the staff\'s: a caller that places orders but does not weigh (a kiosk, a customer) reads no weight and never holds the scale line', async () => {
    simulator.place({ state: 'stable', grams: 500 });
    const before = simulator.enquiriesReceived;
    const selfService = app.bearer(['catalog.read', 'orders.create', 'orders.confirm', 'payments.self_service']);
    const res = await fetch(`${app.baseUrl}/api/v1/devices/balanca-1/weight`, { headers: { authorization: selfService } });
    expect([res.status, (await res.json()).error.code]).toEqual([403, 'FORBIDDEN']);
    expect(simulator.enquiriesReceived).toBe(before);
  });

  // A Toledo Prix 6 weighs up to 15 kg. Protocol B frames carry no check character, so a digit
  // garbled on the cable can put 20 kg or 99.999 kg on the wire; the scale itself never weighs past
  // its capacity. Such a reading never reaches a sale: the till is told it is an overload.
  it('charges its full capacity (15 kg)', async () => {
    expect((findProfile(loadProfiles(), 'toledo-prix-6') as ScaleProfile).scale.maxWeightGrams).toBe(15_000);
    simulator.place({ state: 'stable', grams: 15_000 });
    expect(await weigh('?maxWaitMs=300')).toMatchObject({ status: 200, body: { data: { state: 'stable', grams: 15_000 } } });
  });

  it('refuses 20 kg and 99.999 kg as beyond its capacity, with no weight to charge', async () => {
    for (const grams of [20_000, 99_999]) {
      simulator.place({ state: 'stable', grams });
      const res = await weigh('?maxWaitMs=300');
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'SCALE_WEIGHT_OVERLOAD', details: { scaleId: 'balanca-1', state: 'overload', grams: null } });
      expect(res.body.error.message).toMatch(/capacidade da balança/);
    }
  });
});
