/** Brazilian company taxpayer id (CNPJ) rules, for the consumer identified on a fiscal document. */
const WEIGHTS_FIRST = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const WEIGHTS_SECOND = [6, ...WEIGHTS_FIRST];

/** A CNPJ with valid check digits, digits only (14); repeated-digit CNPJs are invalid by rule. */
export function isValidCnpj(value: string): boolean {
  if (!/^\d{14}$/.test(value) || /^(\d)\1{13}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const checkDigit = (weights: number[]) => {
    const rest = weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return checkDigit(WEIGHTS_FIRST) === digits[12] && checkDigit(WEIGHTS_SECOND) === digits[13];
}
