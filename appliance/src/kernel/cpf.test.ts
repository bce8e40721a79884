import { describe, expect, it } from 'vitest';
import { isValidCpf } from './cpf.js';

describe('CPF check digits', () => {
  it.each([
    ['52998224725', true],
    ['11144477735', true],
    ['52998224724', false],
    ['11111111111', false],
    ['1234567890', false],
  ])('%s → %s', (cpf, valid) => expect(isValidCpf(cpf)).toBe(valid));
});
