import { z } from 'zod';

/**
 * Brazilian company taxpayer id (CNPJ) rules, for the store itself and for the buyer or consumer
 * identified on a fiscal document.
 * Since July 2026 the Receita Federal also issues alphanumeric CNPJs (IN RFB 2.229/2024): twelve
 * characters [0-9A-Z] and two numeric check digits, as the NF-e layout takes them (TCnpj).
 */
const WEIGHTS_FIRST = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const WEIGHTS_SECOND = [6, ...WEIGHTS_FIRST];
const CNPJ_SHAPE = /^[0-9A-Z]{12}\d{2}$/;
const CNPJ_PARTS = /^([0-9A-Z]{2})([0-9A-Z]{3})([0-9A-Z]{3})([0-9A-Z]{4})(\d{2})$/;
/** The Receita's rule gives each character its ASCII code minus 48, so digits keep their value. */
const CHAR_VALUE_OFFSET = 48;

/** A CNPJ as typed (dots, slash, dash, spaces, lower case) in its canonical form: no punctuation, upper case. */
export function normalizeCnpj(value: string): string {
  return value.replace(/[.\-/\s]/g, '').toUpperCase();
}

/** A canonical CNPJ (14 characters, numeric or alphanumeric) with valid check digits; repeated-digit CNPJs are invalid by rule. */
export function isValidCnpj(value: string): boolean {
  if (!CNPJ_SHAPE.test(value) || /^(\d)\1{13}$/.test(value)) return false;
  const values = [...value].map((char) => char.charCodeAt(0) - CHAR_VALUE_OFFSET);
  const checkDigit = (weights: number[]) => {
    const rest = weights.reduce((sum, weight, i) => sum + weight * values[i], 0) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return checkDigit(WEIGHTS_FIRST) === values[12] && checkDigit(WEIGHTS_SECOND) === values[13];
}

/** Digits only: the CNPJs issued before July 2026, the only kind layouts older than NT 2025.001 (CF-e SAT 0.08) take. */
export function isNumericCnpj(value: string): boolean {
  return /^\d{14}$/.test(value);
}

/** A canonical CNPJ as people read it (12.ABC.345/01DE-35, letters included); anything else unchanged. */
export function formatCnpj(value: string): string {
  return value.replace(CNPJ_PARTS, '$1.$2.$3/$4-$5');
}

/**
 * A CNPJ field as people type it (12.ABC.345/01DE-35, lower case too), kept in its canonical
 * form and refused unless its check digits hold. A function: no schema is built at module load.
 */
export function cnpjField() {
  return z.string().max(20).transform(normalizeCnpj).refine(isValidCnpj, 'CNPJ inválido (confira os dígitos verificadores)');
}
