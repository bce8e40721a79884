// A Toledo Prix 6 weighs up to 15 kg. Protocol B frames carry no check character, so a digit garbled
// on the cable (or a scale mixed up with another model) can put 20 kg or 99.999 kg on the wire; the
// scale itself never weighs past its capacity. Such a reading must never reach a sale: the till is
// told the weight is beyond the scale's capacity, as when the scale reports an overload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProfile, loadProfiles } from '../devices/profiles/loader.js';
import type { ScaleProfile } from '../devices/profiles/schema.js';
import { ScaleSimulator } from '../devices/scale/index.js';
import { lineSettingsFromTransport } from '../devices/scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../devices/testing/pty.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHardwareModule } from './index.js';

describe('a Toledo Prix 6 (15 kg) answering a weight beyond its capacity', () => {
  let app: TestAppliance;
  let pty: PtyPair;
  let simulator: ScaleSimulator;
  let cashier: string;
  const weigh = async () => {
    const res = await fetch(`${app.baseUrl}/api/v1/devices/balanca-1/weight?maxWaitMs=300`, { headers: { authorization: cashier } });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    pty = await openPtyPair();
    const profile = findProfile(loadProfiles(), 'toledo-prix-6') as ScaleProfile;
    expect(profile.scale.maxWeightGrams).toBe(15_000);
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

  it('charges its full capacity', async () => {
    simulator.place({ state: 'stable', grams: 15_000 });
    expect(await weigh()).toMatchObject({ status: 200, body: { data: { state: 'stable', grams: 15_000 } } });
  });

  it('refuses 20 kg and 99.999 kg as beyond its capacity, with no weight to charge', async () => {
    for (const grams of [20_000, 99_999]) {
      simulator.place({ state: 'stable', grams });
      const res = await weigh();
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'SCALE_WEIGHT_OVERLOAD', details: { scaleId: 'balanca-1', state: 'overload', grams: null } });
      expect(res.body.error.message).toMatch(/capacidade da balança/);
    }
  });
});
