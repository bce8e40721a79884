import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gtinCheckDigit, isValidGtin } from './barcode.js';

describe('GTIN check digit', () => {
  it.each([
    ['7894900011517', true], // EAN-13
    ['7894900011518', false],
    ['96385074', true], // EAN-8
    ['96385075', false],
    ['036000291452', true], // UPC-A
    ['036000291453', false],
    ['10012345678902', true], // GTIN-14
    ['789490001151', false], // 12 digits but wrong check digit
    ['78949000115', false], // wrong length
    ['789490001151a', false],
    ['', false],
  ])('%s → %s', (code, valid) => expect(isValidGtin(code)).toBe(valid));

  it('any body plus its computed check digit is valid, and any other last digit is not', () => {
    fc.assert(
      fc.property(fc.constantFrom(7, 11, 12, 13), fc.nat(), fc.integer({ min: 1, max: 9 }), (bodyLength, seed, shift) => {
        const body = String(seed).padStart(bodyLength, '0').slice(-bodyLength);
        const check = gtinCheckDigit(body);
        expect(isValidGtin(body + check)).toBe(true);
        expect(isValidGtin(body + ((check + shift) % 10))).toBe(false);
      }),
    );
  });
});
