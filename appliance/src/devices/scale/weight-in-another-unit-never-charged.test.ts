// A Toledo indicator on P03 says in its status words which unit its weight field is in. Set to
// pounds (or grams) by a technician, the same digits mean another weight: 2.500 lb is 1.134 kg.
// The sale must never charge those digits as kilograms; the read is refused with its own cause.
import type { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { openPtyPair, type PtyPair } from '../testing/pty.js';
import { CR, STX, twosComplementChecksum } from './frames/ascii.js';
import { frameCodec } from './frames/index.js';
import { closeSerialLine, openSerialLine } from './serial-line.js';
import { SerialScale } from './serial-scale.js';

const line = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 } as const;
const SWA_THREE_DECIMALS = 0x20 | 0x08 | 0x05;
const SWB_KG = 0x20 | 0x10;
const SWB_LB = 0x20;
const SWC_PLAIN = 0x20;
const SWC_GRAMS = 0x20 | 0x01;

function p03Frame(swb: number, swc: number, weight: string): Buffer {
  const body = Buffer.concat([Buffer.from([STX, SWA_THREE_DECIMALS, swb, swc]), Buffer.from(`${weight}000000`, 'latin1'), Buffer.from([CR])]);
  return Buffer.concat([body, Buffer.from([twosComplementChecksum(body, 7)])]);
}

describe('a P03 indicator weighing in another unit than kilograms', () => {
  const codec = frameCodec('P03', { checksum: true, weightDecimals: 3 });

  it('reads kilograms as before', () => {
    expect(codec.decode(p03Frame(SWB_KG, SWC_PLAIN, '002500'))).toMatchObject({ kind: 'frame', reading: { state: 'stable', grams: 2500 } });
  });

  it('refuses a weight in pounds or in grams instead of charging its digits as kilograms', () => {
    expect(codec.decode(p03Frame(SWB_LB, SWC_PLAIN, '002500'))).toEqual({ kind: 'rejected', reason: 'NOT_KILOGRAMS', consumed: 18 });
    expect(codec.decode(p03Frame(SWB_KG, SWC_GRAMS, '002500'))).toEqual({ kind: 'rejected', reason: 'NOT_KILOGRAMS', consumed: 18 });
  });

  describe('on a serial line', () => {
    let pty: PtyPair | undefined;
    let far: SerialPort | undefined;
    let scale: SerialScale | undefined;

    afterEach(async () => {
      await scale?.close();
      if (far) await closeSerialLine(far);
      await pty?.close();
      scale = far = pty = undefined;
    });

    it('tells the operator the unit is wrong, with no weight to charge', async () => {
      pty = await openPtyPair();
      const port = await openSerialLine({ ...line, path: pty.b });
      far = port;
      port.on('data', (chunk: Buffer) => {
        if (chunk.includes(0x05)) port.write(p03Frame(SWB_LB, SWC_PLAIN, '002500'));
      });
      scale = new SerialScale({ line: { ...line, path: pty.a }, framing: 'P03', checksum: true, weightDecimals: 3, responseTimeoutMs: 300 });
      expect(await scale.readWeight()).toEqual({ state: 'timeout', grams: null, cause: 'NOT_KILOGRAMS' });
    });
  });
});
