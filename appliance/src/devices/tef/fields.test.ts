import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFields, F, fieldsOf, parseFields, receiptLines, withReceipt } from './fields.js';

describe('TEF Dial field files', () => {
  it('writes NNN-SSS = value lines in latin1 with CRLF, quoted receipt lines and 999-999 last', () => {
    const fields = withReceipt(fieldsOf([[F.command, 'CRT'], [F.id, '1234'], [F.amount, 1050]]), ['  CRÉDITO À VISTA']);
    const bytes = encodeFields(fields);
    expect(bytes.toString('latin1')).toBe(
      '000-000 = CRT\r\n001-000 = 1234\r\n003-000 = 1050\r\n028-000 = 1\r\n029-001 = "  CRÉDITO À VISTA"\r\n999-999 = 0\r\n',
    );
    expect(bytes.includes(0xc9)).toBe(true); // É as one latin1 byte, as Windows managers expect
  });

  it('reads a manager response, tolerating missing spaces and LF-only line ends', () => {
    const text = '000-000 = CRT\n001-000=77\n009-000 = 0\n028-000 = 2\n029-001 = "LINHA 1"\n029-002 = "  LINHA 2"\n030-000 = TRANSAÇÃO APROVADA\n999-999 = 0\n';
    const fields = parseFields(Buffer.from(text, 'latin1'));
    expect(fields.get(F.id)).toBe('77');
    expect(fields.get(F.status)).toBe('0');
    expect(fields.get(F.operatorMessage)).toBe('TRANSAÇÃO APROVADA');
    expect(receiptLines(fields)).toEqual(['LINHA 1', '  LINHA 2']);
  });

  it('never lets a value break the one-field-per-line format', () => {
    const bytes = encodeFields(fieldsOf([[F.command, 'CRT'], [F.document, 'A\r\n999-999 = 0']]));
    expect(parseFields(bytes).get(F.document)).toBe('A 999-999 = 0');
  });
});

describe('TEF Dial field round trip', () => {
  it('parses back any printable latin1 value it wrote, receipt lines included', () => {
    const latin1Text = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f && (c < 0x80 || c >= 0xa0)).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(latin1Text.map((t) => t.trim()), fc.constant('"ENTRE COM O CARTÃO"')), fc.array(latin1Text, { maxLength: 5 }), (message, lines) => {
        const fields = withReceipt(fieldsOf([[F.command, 'CRT'], [F.id, '1'], [F.operatorMessage, message]]), lines);
        const parsed = parseFields(encodeFields(fields));
        expect(parsed.get(F.operatorMessage)).toBe(message);
        expect(receiptLines(parsed)).toEqual(lines);
      }),
    );
  });
});
