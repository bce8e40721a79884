import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameCodec } from './index.js';

const bytes = (...parts: (number | string)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.from(p, 'latin1'))));

describe('Toledo protocol B / C and Filizola frames', () => {
  const b = frameCodec('B', { checksum: false, weightDecimals: 3 });
  const c = frameCodec('C', { checksum: false, weightDecimals: 3 });
  const filizola = frameCodec('filizola', { checksum: false, weightDecimals: 3 });

  it('reads STX PPPPP ETX (B) and STX PPPPP CR (C) as kilograms with three implied decimals', () => {
    expect(b.decode(bytes(0x02, '01234', 0x03))).toEqual({ kind: 'frame', reading: { state: 'stable', grams: 1234 }, consumed: 7 });
    expect(c.decode(bytes(0x02, '01234', 0x0d))).toEqual({ kind: 'frame', reading: { state: 'stable', grams: 1234 }, consumed: 7 });
  });

  it('maps the status letters to distinct states', () => {
    expect(b.decode(bytes(0x02, 'IIIII', 0x03))).toMatchObject({ reading: { state: 'unstable' } });
    expect(b.decode(bytes(0x02, 'NNNNN', 0x03))).toMatchObject({ reading: { state: 'negative' } });
    expect(c.decode(bytes(0x02, 'SSSSS', 0x0d))).toMatchObject({ reading: { state: 'overload' } });
  });

  it('encodes exactly the bytes it decodes', () => {
    expect(b.encode({ state: 'stable', grams: 1234 })).toEqual(bytes(0x02, '01234', 0x03));
    expect(c.encode({ state: 'overload', grams: null })).toEqual(bytes(0x02, 'SSSSS', 0x0d));
  });

  it('skips line noise before STX and waits for the terminator', () => {
    expect(b.decode(bytes(0x00, 0x7f, 0x02, '01'))).toEqual({ kind: 'incomplete' });
    expect(b.decode(bytes(0x00, 0x7f, 0x02, '00500', 0x03))).toMatchObject({ reading: { state: 'stable', grams: 500 }, consumed: 9 });
  });

  it('accepts Filizola weights with a decimal point and the CR ending of C&F models', () => {
    expect(filizola.decode(bytes(0x02, '1.234', 0x03))).toMatchObject({ reading: { state: 'stable', grams: 1234 } });
    expect(filizola.decode(bytes(0x02, '02,50', 0x0d))).toMatchObject({ reading: { state: 'stable', grams: 2500 } });
  });

  it('honours two implied decimals from the profile', () => {
    const twoDecimals = frameCodec('C', { checksum: false, weightDecimals: 2 });
    expect(twoDecimals.decode(bytes(0x02, '00123', 0x0d))).toMatchObject({ reading: { state: 'stable', grams: 1230 } });
  });

  it('rejects a frame whose weight field is not a weight', () => {
    expect(b.decode(bytes(0x02, '12X45', 0x03))).toEqual({ kind: 'rejected', reason: 'UNREADABLE_FRAME', consumed: 7 });
  });
});

describe('Toledo protocol A', () => {
  const a = frameCodec('A', { checksum: true, weightDecimals: 3 });
  // STX S1 PPPPPP S2 TTTTTT UUUUUU CR CS; CS = 0x100 - (sum STX..CR & 0xff), computed by hand: sum 889 -> 0x87.
  const stable1234 = bytes(0x02, 0x00, '001234', 0x00, '000000', '000000', 0x0d, 0x87);

  it('reads a stable weight and verifies the checksum', () => {
    expect(a.decode(stable1234)).toEqual({ kind: 'frame', reading: { state: 'stable', grams: 1234 }, consumed: 23 });
    expect(a.encode({ state: 'stable', grams: 1234 })).toEqual(stable1234);
  });

  it('rejects a frame with a wrong checksum', () => {
    const corrupt = Buffer.from(stable1234);
    corrupt[22] = 0x88;
    expect(a.decode(corrupt)).toMatchObject({ kind: 'rejected', reason: 'BAD_CHECKSUM' });
  });

  it('uses S1 motion and out-of-range flags and S2 two-decimal flag', () => {
    const withFlags = (s1: number, s2: number, weight: string) => {
      const body = bytes(0x02, s1, weight, s2, '000000', '000000', 0x0d);
      const sum = [...body].reduce((acc, x) => acc + x, 0);
      return Buffer.concat([body, Buffer.from([(0x100 - (sum & 0xff)) & 0xff])]);
    };
    expect(a.decode(withFlags(0x01, 0x00, '001234'))).toMatchObject({ reading: { state: 'unstable' } });
    expect(a.decode(withFlags(0x08, 0x00, '000000'))).toMatchObject({ reading: { state: 'overload' } });
    expect(a.decode(withFlags(0x08, 0x00, 'NNNNNN'))).toMatchObject({ reading: { state: 'negative' } });
    expect(a.decode(withFlags(0x00, 0x08, '000123'))).toMatchObject({ reading: { state: 'stable', grams: 1230 } });
  });
});

describe('Toledo P03', () => {
  const p03 = frameCodec('P03', { checksum: true, weightDecimals: 3 });
  // SWA 0x2D = always-1 | increment x1 | 3 decimals; SWB 0x30 = always-1 | kg; 7-bit sum 726 -> CS 0x2A.
  const stable1234 = bytes(0x02, 0x2d, 0x30, 0x20, '001234', '000000', 0x0d, 0x2a);

  it('reads weight, decimals from SWA and the 7-bit checksum', () => {
    expect(p03.decode(stable1234)).toEqual({ kind: 'frame', reading: { state: 'stable', grams: 1234 }, consumed: 18 });
    expect(p03.encode({ state: 'stable', grams: 1234 })).toEqual(stable1234);
  });

  it('ignores the parity bit of a 7E1 line', () => {
    const withParity = Buffer.from(stable1234);
    withParity[1] |= 0x80;
    withParity[17] |= 0x80;
    expect(p03.decode(withParity)).toMatchObject({ reading: { state: 'stable', grams: 1234 } });
  });

  it('maps SWB sign, range and motion bits', () => {
    const noChecksum = frameCodec('P03', { checksum: false, weightDecimals: 3 });
    const frame = (swb: number) => bytes(0x02, 0x2d, swb, 0x20, '001234', '000000', 0x0d);
    expect(noChecksum.decode(frame(0x30 | 0x08))).toMatchObject({ reading: { state: 'unstable' } });
    expect(noChecksum.decode(frame(0x30 | 0x02 | 0x04))).toMatchObject({ reading: { state: 'negative' } });
    expect(noChecksum.decode(frame(0x30 | 0x04))).toMatchObject({ reading: { state: 'overload' } });
    expect(noChecksum.decode(bytes(0x02, 0x2c, 0x30, 0x20, '000123', '000000', 0x0d))).toMatchObject({
      reading: { state: 'stable', grams: 1230 },
    });
  });
});

describe('every framing decodes what it encodes', () => {
  const framings = [
    { framing: 'A', checksum: true, max: 999_999 },
    { framing: 'B', checksum: false, max: 99_999 },
    { framing: 'C', checksum: false, max: 99_999 },
    { framing: 'P03', checksum: true, max: 999_999 },
    { framing: 'P03', checksum: false, max: 999_999 },
    { framing: 'filizola', checksum: false, max: 99_999 },
  ] as const;

  for (const { framing, checksum, max } of framings) {
    it(`${framing}${checksum ? ' with checksum' : ''}: any weight and state, after any line noise`, () => {
      const codec = frameCodec(framing, { checksum, weightDecimals: 3 });
      const reading = fc.oneof(
        fc.integer({ min: 0, max }).map((grams) => ({ state: 'stable', grams }) as const),
        fc.constantFrom('unstable', 'negative', 'overload').map((state) => ({ state, grams: null }) as const),
      );
      const noise = fc.uint8Array({ maxLength: 8 }).map((bytes) => Buffer.from(bytes.filter((b) => b !== 0x02)));
      fc.assert(
        fc.property(reading, noise, (r, garbage) => {
          const frame = codec.encode(r);
          const result = codec.decode(Buffer.concat([garbage, frame]));
          expect(result).toEqual({ kind: 'frame', reading: r, consumed: garbage.length + frame.length });
        }),
      );
    });
  }
});
