import { randomInt } from 'node:crypto';

export interface AccessKeyParts {
  ufCode: number; // IBGE code of the state, e.g. 35 = SP
  yearMonth: string; // AAMM of dhEmi in the emitter's time zone
  cnpj: string; // 14 characters: digits, or [0-9A-Z]{12} and two digits (alphanumeric CNPJ)
  model: 55 | 65;
  series: number; // 0..999
  number: number; // 1..999999999
  emissionType: number; // tpEmis: 1 normal, 9 offline contingency
  randomCode: string; // cNF, 8 digits
}

/** The chave's layout since NT 2025.001: the emitter's CNPJ (positions 7..20) may carry letters. */
const KEY_BODY = /^\d{6}[0-9A-Z]{12}\d{25}$/;
const KEY = /^\d{6}[0-9A-Z]{12}\d{26}$/;
/** NT 2025.001 values each character as its ASCII code minus 48, as the CNPJ's own check digits do: digits keep their value. */
const CHAR_VALUE_OFFSET = 48;

/** Module-11 check digit used by the NF-e access key (weights 2..9 from the right). */
export function mod11CheckDigit(body: string): number {
  if (!/^[0-9A-Z]+$/.test(body)) throw new Error('mod11CheckDigit expects digits and upper-case letters only');
  let sum = 0;
  let weight = 2;
  for (let i = body.length - 1; i >= 0; i--) {
    sum += (body.charCodeAt(i) - CHAR_VALUE_OFFSET) * weight;
    weight = weight === 9 ? 2 : weight + 1;
  }
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

export function buildAccessKey(parts: AccessKeyParts): string {
  const body =
    String(parts.ufCode).padStart(2, '0') +
    parts.yearMonth +
    parts.cnpj +
    String(parts.model) +
    String(parts.series).padStart(3, '0') +
    String(parts.number).padStart(9, '0') +
    String(parts.emissionType) +
    parts.randomCode;
  if (!KEY_BODY.test(body)) throw new Error(`access key body must be 43 characters (letters only in the CNPJ), got "${body}"`);
  return body + String(mod11CheckDigit(body));
}

export function isValidAccessKey(key: string): boolean {
  return KEY.test(key) && mod11CheckDigit(key.slice(0, 43)) === Number(key[43]);
}

export function parseAccessKey(key: string): AccessKeyParts & { checkDigit: number } {
  if (!isValidAccessKey(key)) throw new Error(`invalid access key ${key}`);
  return {
    ufCode: Number(key.slice(0, 2)),
    yearMonth: key.slice(2, 6),
    cnpj: key.slice(6, 20),
    model: Number(key.slice(20, 22)) as 55 | 65,
    series: Number(key.slice(22, 25)),
    number: Number(key.slice(25, 34)),
    emissionType: Number(key.slice(34, 35)),
    randomCode: key.slice(35, 43),
    checkDigit: Number(key[43]),
  };
}

/**
 * cNF must not be guessable from the number (SEFAZ rejects cNF equal to nNF), so it is random
 * and kept on the document row so a contingency re-issue keeps it.
 */
export function randomNumericCode(documentNumber: number): string {
  for (;;) {
    const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
    if (Number(code) !== documentNumber) return code;
  }
}
