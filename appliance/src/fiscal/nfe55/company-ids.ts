export { isValidCnpj, normalizeCnpj } from '../../kernel/cnpj.js';

/** Digits of a state registration (IE) per UF (SINTEGRA tables); some states have two lengths. */
const IE_LENGTHS: Record<string, number[]> = {
  AC: [13], AL: [9], AP: [9], AM: [9], BA: [8, 9], CE: [9], DF: [13], ES: [9], GO: [9], MA: [9], MT: [11], MS: [9], MG: [13],
  PA: [9], PB: [9], PR: [10], PE: [9, 14], PI: [9], RJ: [8], RN: [9, 10], RS: [10], RO: [9, 14], RR: [9], SC: [9], SP: [12], SE: [9], TO: [9, 11],
};

/** States whose 9-digit IE ends in one mod-11 digit over the first eight (weights 9..2). */
const SINGLE_MOD11_STATES = new Set(['AM', 'CE', 'ES', 'MA', 'MS', 'PA', 'PB', 'PI', 'SC', 'SE']);

function mod11Weighted(digits: string, weights: number[]): number {
  const sum = [...digits].reduce((total, d, i) => total + Number(d) * weights[i], 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** SP: two digits, the 9th over the first eight (weights 1,3,4,5,6,7,8,10) and the 12th over the first eleven. */
function validSp(ie: string): boolean {
  const first = ([1, 3, 4, 5, 6, 7, 8, 10].reduce((t, w, i) => t + w * Number(ie[i]), 0) % 11) % 10;
  const second = ([3, 2, 10, 9, 8, 7, 6, 5, 4, 3, 2].reduce((t, w, i) => t + w * Number(ie[i]), 0) % 11) % 10;
  return first === Number(ie[8]) && second === Number(ie[11]);
}

/**
 * A buyer's IE for its state: "ISENTO", or the state's length, with the check digits verified for
 * São Paulo and the states that use the plain 9-digit module 11 (the other states are checked for
 * length; SEFAZ checks the registry itself when it authorizes).
 */
export function isValidIe(ie: string, uf: string): boolean {
  if (ie === 'ISENTO') return true;
  const lengths = IE_LENGTHS[uf.toUpperCase()];
  if (!lengths || !/^\d+$/.test(ie) || !lengths.includes(ie.length)) return false;
  if (uf === 'SP') return validSp(ie);
  if (SINGLE_MOD11_STATES.has(uf)) return mod11Weighted(ie.slice(0, 8), [9, 8, 7, 6, 5, 4, 3, 2]) === Number(ie[8]);
  return true;
}
