import { CR, STX, twosComplementChecksum } from './ascii.js';
import type { DecodeResult, FrameCodec, WireReading } from './codec.js';
import { gramsToField } from './delimited.js';
import { parseWeightText, scaleDigits } from './weight-text.js';

/**
 * Toledo Prix protocol A (answer to ENQ), 23 bytes:
 *   STX S1 PPPPPP S2 TTTTTT UUUUUU CR CS
 * S1 bit 0 = motion, bit 3 = out of range; S2 bit 3 = weight has 2 decimals
 * (otherwise 3). TTTTTT / UUUUUU are total and unit price (ignored: the POS
 * prices the item itself). CS = two's complement of the sum STX..CR.
 * The weight field may carry the N / S letters the Prix uses on its other
 * automation lines; they tell negative from overload when S1 only says
 * "out of range".
 */
const FRAME_LENGTH = 23;
const S1_MOTION = 1 << 0;
const S1_OUT_OF_RANGE = 1 << 3;
const S2_TWO_DECIMALS = 1 << 3;

export function toledoACodec(): FrameCodec {
  return {
    framing: 'A',
    encode(reading: WireReading): Buffer {
      let s1 = 0;
      let weight = '000000';
      if (reading.state === 'stable') weight = String(gramsToField(reading.grams, 3)).padStart(6, '0');
      if (reading.state === 'unstable') s1 |= S1_MOTION;
      if (reading.state === 'negative') {
        s1 |= S1_OUT_OF_RANGE;
        weight = 'NNNNNN';
      }
      if (reading.state === 'overload') {
        s1 |= S1_OUT_OF_RANGE;
        weight = 'SSSSSS';
      }
      const body = Buffer.concat([
        Buffer.from([STX, s1]),
        Buffer.from(weight, 'latin1'),
        Buffer.from([0]),
        Buffer.from('000000000000', 'latin1'),
        Buffer.from([CR]),
      ]);
      return Buffer.concat([body, Buffer.from([twosComplementChecksum(body, 8)])]);
    },
    decode(bytes: Buffer): DecodeResult {
      const start = bytes.indexOf(STX);
      if (start < 0 || bytes.length - start < FRAME_LENGTH) return { kind: 'incomplete' };
      const frame = bytes.subarray(start, start + FRAME_LENGTH);
      const consumed = start + FRAME_LENGTH;
      if (frame[21] !== CR) return { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed: start + 1 };
      if (twosComplementChecksum(frame.subarray(0, 22), 8) !== frame[22]) {
        return { kind: 'rejected', reason: 'BAD_CHECKSUM', consumed };
      }
      const s1 = frame[1];
      const s2 = frame[8];
      const field = frame.subarray(2, 8).toString('latin1');
      const letters = parseWeightText(field, 3);
      if (letters && letters.state !== 'stable') return { kind: 'frame', reading: letters, consumed };
      if (s1 & S1_OUT_OF_RANGE) return { kind: 'frame', reading: { state: 'overload', grams: null }, consumed };
      if (s1 & S1_MOTION) return { kind: 'frame', reading: { state: 'unstable', grams: null }, consumed };
      if (!/^\d{6}$/.test(field)) return { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed };
      const grams = scaleDigits(Number(field), s2 & S2_TWO_DECIMALS ? 2 : 3);
      if (grams === null) return { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed };
      return { kind: 'frame', reading: { state: 'stable', grams }, consumed };
    },
  };
}
