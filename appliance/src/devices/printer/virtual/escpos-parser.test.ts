import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findProfile, loadProfiles } from '../../profiles/loader.js';
import type { PrinterProfile } from '../../profiles/schema.js';
import { encodeDocument } from '../encoders/encode.js';
import { customerReceipt } from '../templates/customer-receipt.js';
import { sampleReceipt } from '../templates/sample-data.js';
import { EscPosParser, type StatusRequest } from './escpos-parser.js';

const spec = (findProfile(loadProfiles(), 'epson-tm-t20') as PrinterProfile).printer;
const bytes = encodeDocument(customerReceipt(sampleReceipt, { columns: 48, timeZone: 'America/Sao_Paulo' }), spec);

function parseInChunks(data: Buffer, cuts: number[]) {
  const parser = new EscPosParser();
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    parser.feed(data.subarray(start, cut));
    start = cut;
  }
  parser.feed(data.subarray(start));
  return parser.finish();
}

describe('ESC/POS stream parser', () => {
  it('gives the same job however TCP splits the bytes', () => {
    const whole = parseInChunks(bytes, []);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }), (cuts) => {
        expect(parseInChunks(bytes, cuts)).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('answers a status request as soon as it is complete, even split across chunks', () => {
    const seen: StatusRequest[] = [];
    const parser = new EscPosParser({ onStatusRequest: (r) => seen.push(r) });
    parser.feed(Buffer.from([0x10, 0x04]));
    expect(seen).toEqual([]);
    parser.feed(Buffer.from([0x02]));
    expect(seen).toEqual([{ kind: 'dle-eot', n: 2 }]);
  });

  it('decodes text in the selected code page and records unknown commands instead of printing them', () => {
    const parser = new EscPosParser();
    parser.feed(Buffer.from([0x1b, 0x74, 16, 0xe3, 0xe7, 0x0a, 0x1b, 0x74, 3, 0x84, 0x87, 0x0a, 0x1b, 0xfe, 0x41, 0x0a]));
    const job = parser.finish();
    expect(job.blocks.map((b) => (b.kind === 'line' ? b.runs.map((r) => r.text).join('') : b.kind))).toEqual(['ãç', 'ãç', 'A']);
    expect(job.unknownCommands).toEqual(['1b fe']);
  });
});
