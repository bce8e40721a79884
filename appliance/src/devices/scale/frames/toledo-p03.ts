import { CR, STX, twosComplementChecksum } from './ascii.js';
import type { CodecOptions, DecodeResult, FrameCodec, WireReading } from './codec.js';
import { gramsToField } from './delimited.js';
import { scaleDigits } from './weight-text.js';

/**
 * Toledo P03 (Toledo's continuous/ENQ output, 17 bytes + optional CS):
 *   STX SWA SWB SWC IIIIII TTTTTT CR [CS]
 * SWA bits 0-2: decimal point (2 = none, 3..6 = 1..4 decimals; 0/1 = x100/x10).
 * SWB bit 1 = negative, bit 2 = out of range, bit 3 = in motion, bit 4 = kg (clear: lb).
 * SWC bits 0-2: other units (grams, tonnes, ounces...) when not 0; the weight is in kg only
 * with SWB bit 4 set and SWC bits 0-2 clear.
 * Bit 5 is always set in every status word and bit 7 is the parity bit of a
 * 7-bit line, so both are ignored when reading. IIIIII = weight, TTTTTT = tare.
 * CS (only when the indicator is set to send it) = two's complement of the
 * 7-bit sum STX..CR.
 */
const BODY_LENGTH = 17;
const ALWAYS_SET = 1 << 5;
const SWB_NEGATIVE = 1 << 1;
const SWB_OUT_OF_RANGE = 1 << 2;
const SWB_MOTION = 1 << 3;
const SWB_KG = 1 << 4;
const SWC_OTHER_UNITS = 0x07;

export function toledoP03Codec(options: CodecOptions): FrameCodec {
  const frameLength = BODY_LENGTH + (options.checksum ? 1 : 0);
  return {
    framing: 'P03',
    encode(reading: WireReading): Buffer {
      const decimals = Math.min(Math.max(options.weightDecimals, 0), 4);
      const swa = ALWAYS_SET | (1 << 3) | (decimals + 2);
      let swb = ALWAYS_SET | SWB_KG;
      if (reading.state === 'negative') swb |= SWB_NEGATIVE | SWB_OUT_OF_RANGE;
      if (reading.state === 'overload') swb |= SWB_OUT_OF_RANGE;
      if (reading.state === 'unstable') swb |= SWB_MOTION;
      const field = reading.state === 'stable' ? String(gramsToField(reading.grams, decimals)).padStart(6, '0') : '000000';
      const body = Buffer.concat([
        Buffer.from([STX, swa, swb, ALWAYS_SET]),
        Buffer.from(field + '000000', 'latin1'),
        Buffer.from([CR]),
      ]);
      return options.checksum ? Buffer.concat([body, Buffer.from([twosComplementChecksum(body, 7)])]) : body;
    },
    decode(bytes: Buffer): DecodeResult {
      const start = bytes.indexOf(STX);
      if (start < 0 || bytes.length - start < frameLength) return { kind: 'incomplete' };
      const frame = bytes.subarray(start, start + frameLength);
      const consumed = start + frameLength;
      if (frame[BODY_LENGTH - 1] !== CR) return { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed: start + 1 };
      if (options.checksum && twosComplementChecksum(frame.subarray(0, BODY_LENGTH), 7) !== (frame[BODY_LENGTH] & 0x7f)) {
        return { kind: 'rejected', reason: 'BAD_CHECKSUM', consumed };
      }
      const swa = frame[1] & 0x7f;
      const swb = frame[2] & 0x7f;
      // The same digits are another weight in lb or g: never charge them as kilograms.
      if (!(swb & SWB_KG) || frame[3] & SWC_OTHER_UNITS) return { kind: 'rejected', reason: 'NOT_KILOGRAMS', consumed };
      if (swb & SWB_OUT_OF_RANGE) {
        return { kind: 'frame', reading: { state: swb & SWB_NEGATIVE ? 'negative' : 'overload', grams: null }, consumed };
      }
      if (swb & SWB_NEGATIVE) return { kind: 'frame', reading: { state: 'negative', grams: null }, consumed };
      if (swb & SWB_MOTION) return { kind: 'frame', reading: { state: 'unstable', grams: null }, consumed };
      const field = frame.subarray(4, 10).toString('latin1');
      if (!/^\d{6}$/.test(field)) return { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed };
      const grams = weightFromField(Number(field), swa & 0x07);
      if (grams === null) return { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed };
      return { kind: 'frame', reading: { state: 'stable', grams }, consumed };
    },
  };
}

function weightFromField(value: number, decimalCode: number): number | null {
  if (decimalCode === 0) return value * 100_000;
  if (decimalCode === 1) return value * 10_000;
  if (decimalCode === 7) return null;
  return scaleDigits(value, decimalCode - 2);
}
