import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAccessKey, isValidAccessKey, mod11CheckDigit, parseAccessKey, randomNumericCode } from './access-key.js';

describe('access key', () => {
  // Keys of real authorized documents (nfephp fixtures nfce.xml and exemplo_xml_sefazCancela.xml).
  const realKeys = ['41200323285089000185650010000013051817822496', '35150300822602000124550010009923461099234656'];

  it('computes the mod-11 check digit of real keys', () => {
    for (const key of realKeys) expect(mod11CheckDigit(key.slice(0, 43))).toBe(Number(key[43]));
  });

  it('maps remainders 0 and 1 to digit 0', () => {
    // weights from the right: 2,3 -> "10" = 1*3 + 0*2 = 3 -> 11-3 = 8; "5" = 10 -> rem 10 -> 1
    expect(mod11CheckDigit('10')).toBe(8);
    expect(mod11CheckDigit('5')).toBe(1);
    expect(mod11CheckDigit('0')).toBe(0); // remainder 0
    expect(mod11CheckDigit('6')).toBe(0); // 12 % 11 = 1
  });

  it('builds the key from its parts and parses it back', () => {
    const key = buildAccessKey({
      ufCode: 41,
      yearMonth: '2003',
      cnpj: '23285089000185',
      model: 65,
      series: 1,
      number: 1305,
      emissionType: 1,
      randomCode: '81782249',
    });
    expect(key).toBe(realKeys[0]);
    expect(parseAccessKey(key)).toMatchObject({ ufCode: 41, number: 1305, series: 1, model: 65, emissionType: 1, randomCode: '81782249', checkDigit: 6 });
  });

  it('detects any single-digit change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 43 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const key = realKeys[1];
        const digit = (Number(key[position]) + delta) % 10;
        const changed = key.slice(0, position) + digit + key.slice(position + 1);
        // 11 is prime and weights are 2..9, so a substitution always moves the remainder; this key's
        // remainder is 5 (digit 6), away from the 0/1 -> 0 collapse, so every change is caught.
        return !isValidAccessKey(changed);
      }),
    );
    expect(isValidAccessKey(realKeys[1].slice(0, 43) + '7')).toBe(false);
    expect(isValidAccessKey('123')).toBe(false);
  });

  it('takes an alphanumeric CNPJ, each character counted as its ASCII code minus 48 (NT 2025.001)', () => {
    // 3526 07 12ABC34501DE35 65 001 000000001 1 12345678: weights 2..9 from the right over
    // A=17, B=18, C=19, D=20, E=21 give a remainder of 4, so the check digit is 7.
    const key = buildAccessKey({ ufCode: 35, yearMonth: '2607', cnpj: '12ABC34501DE35', model: 65, series: 1, number: 1, emissionType: 1, randomCode: '12345678' });
    expect(key).toBe('35260712ABC34501DE35650010000000011123456787');
    expect(parseAccessKey(key)).toMatchObject({ cnpj: '12ABC34501DE35', model: 65, number: 1, checkDigit: 7 });
    expect(isValidAccessKey(key.slice(0, 43) + '8')).toBe(false);
    // Letters belong to the CNPJ only, and in upper case.
    expect(isValidAccessKey('35260712abc34501de35650010000000011123456787')).toBe(false);
    expect(isValidAccessKey('3526A712ABC34501DE35650010000000011123456787')).toBe(false);
  });

  it('never uses the document number as cNF', () => {
    for (let i = 0; i < 200; i++) expect(randomNumericCode(i)).toMatch(/^\d{8}$/);
  });
});
