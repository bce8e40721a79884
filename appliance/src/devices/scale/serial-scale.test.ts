import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProfileFile } from '../profiles/loader.js';
import { firmwareProfilesDir } from '../profiles/repo-root.js';
import type { ScaleProfile } from '../profiles/schema.js';
import { openSerialLine, closeSerialLine } from './serial-line.js';
import { openPtyPair, type PtyPair } from '../testing/pty.js';
import { SerialScale } from './serial-scale.js';
import { ScaleSimulator } from './simulator.js';
import type { SerialPort } from 'serialport';

const line = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 } as const;

describe('SerialScale on a real PTY', () => {
  let pty: PtyPair | undefined;
  let far: SerialPort | undefined;
  let scale: SerialScale | undefined;
  let simulator: ScaleSimulator | undefined;

  afterEach(async () => {
    await scale?.close();
    await simulator?.stop();
    if (far) await closeSerialLine(far);
    await pty?.close();
    scale = simulator = far = pty = undefined;
  });

  it('reports a frame that keeps failing its checksum as timeout with cause BAD_CHECKSUM', async () => {
    pty = await openPtyPair();
    simulator = new ScaleSimulator({ line: { ...line, path: pty.b }, framing: 'A', checksum: true, weightDecimals: 3 });
    await simulator.start();
    simulator.place({ state: 'stable', grams: 1234 });
    simulator.setBehaviour('corrupt-checksum');
    scale = new SerialScale({ line: { ...line, path: pty.a }, framing: 'A', checksum: true, weightDecimals: 3, responseTimeoutMs: 300 });
    expect(await scale.readWeight()).toEqual({ state: 'timeout', grams: null, cause: 'BAD_CHECKSUM' });
    simulator.setBehaviour('answer');
    expect(await scale.readWeight()).toEqual({ state: 'stable', grams: 1234 });
  });

  it('assembles a frame that arrives in pieces after line noise', async () => {
    pty = await openPtyPair();
    far = await openSerialLine({ ...line, path: pty.b });
    const port = far;
    port.on('data', async (chunk: Buffer) => {
      if (!chunk.includes(0x05)) return;
      port.write(Buffer.from([0x00, 0x02, 0x30, 0x31]));
      await new Promise((resolve) => setTimeout(resolve, 60));
      port.write(Buffer.from([0x32, 0x33, 0x34, 0x0d]));
    });
    scale = new SerialScale({ line: { ...line, path: pty.a }, framing: 'C', checksum: false, weightDecimals: 3, responseTimeoutMs: 500 });
    expect(await scale.readWeight()).toEqual({ state: 'stable', grams: 1234 });
  });

  it('sends exactly one ENQ per read', async () => {
    pty = await openPtyPair();
    simulator = new ScaleSimulator({ line: { ...line, path: pty.b }, framing: 'B', checksum: false, weightDecimals: 3 });
    await simulator.start();
    scale = new SerialScale({ line: { ...line, path: pty.a }, framing: 'B', checksum: false, weightDecimals: 3, responseTimeoutMs: 300 });
    await scale.readWeight();
    await scale.readWeight();
    expect(simulator.enquiriesReceived).toBe(2);
  });

  for (const id of ['toledo-prix-6', 'filizola-platina']) {
    it(`reads 1.234 kg from a simulated ${id} configured from its firmware profile`, async () => {
      const profile = parseProfileFile(join(firmwareProfilesDir(), `${id}.json`)) as ScaleProfile;
      pty = await openPtyPair();
      const serial = profile.transports.serial!;
      simulator = new ScaleSimulator({
        line: { path: pty.b, baudRate: serial.baudRate, dataBits: serial.dataBits, parity: serial.parity, stopBits: serial.stopBits },
        framing: profile.scale.framing,
        checksum: profile.scale.checksum,
        weightDecimals: profile.scale.weightDecimals,
      });
      await simulator.start();
      simulator.place({ state: 'stable', grams: 1234 });
      scale = SerialScale.fromProfile(profile, pty.a, 300);
      expect(await scale.readWeight()).toEqual({ state: 'stable', grams: 1234 });
    });
  }

  it('throws SCALE_UNAVAILABLE when the configured port does not exist', async () => {
    scale = new SerialScale({ line: { ...line, path: '/nonexistent/ttyS99' }, framing: 'C', checksum: false, weightDecimals: 3 });
    await expect(scale.readWeight()).rejects.toMatchObject({ code: 'SCALE_UNAVAILABLE', status: 503 });
  });
});
