import { CR, ETX, STX } from './ascii.js';
import type { CodecOptions, DecodeResult, FrameCodec, ScaleFraming, WireReading } from './codec.js';
import { gramsToDigits, parseWeightText } from './weight-text.js';

const STATUS_LETTER = { unstable: 'I', negative: 'N', overload: 'S' } as const;
const FIELD_WIDTH = 5;

/**
 * Frames of the form STX <weight> <terminator>, no check character:
 *   Toledo protocol B  STX PPPPP ETX
 *   Toledo protocol C  STX PPPPP CR
 *   Filizola           STX PPPPP ETX (some C&F models end with CR instead)
 * PPPPP is the weight in kg with implied decimals, or IIIII / NNNNN / SSSSS.
 */
export function delimitedCodec(framing: Extract<ScaleFraming, 'B' | 'C' | 'filizola'>, options: CodecOptions): FrameCodec {
  const terminator = framing === 'C' ? CR : ETX;
  const acceptedTerminators = framing === 'filizola' ? [ETX, CR] : [terminator];
  return {
    framing,
    encode(reading: WireReading): Buffer {
      const field =
        reading.state === 'stable'
          ? gramsToDigits(gramsToField(reading.grams, options.weightDecimals), FIELD_WIDTH)
          : STATUS_LETTER[reading.state].repeat(FIELD_WIDTH);
      return Buffer.concat([Buffer.from([STX]), Buffer.from(field, 'latin1'), Buffer.from([terminator])]);
    },
    decode(bytes: Buffer): DecodeResult {
      const start = bytes.indexOf(STX);
      if (start < 0) return { kind: 'incomplete' };
      let end = -1;
      for (let i = start + 1; i < bytes.length; i++) {
        if (acceptedTerminators.includes(bytes[i])) {
          end = i;
          break;
        }
      }
      if (end < 0) return { kind: 'incomplete' };
      const reading = parseWeightText(bytes.subarray(start + 1, end).toString('latin1'), options.weightDecimals);
      const consumed = end + 1;
      return reading ? { kind: 'frame', reading, consumed } : { kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed };
    },
  };
}

export function gramsToField(grams: number, decimals: number): number {
  return decimals <= 3 ? Math.round(grams / 10 ** (3 - decimals)) : grams * 10 ** (decimals - 3);
}
