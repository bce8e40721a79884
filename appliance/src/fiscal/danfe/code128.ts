/**
 * Code 128 bar/space widths (in modules) of symbol values 0..105; the stop symbol (106) adds its
 * 2-module termination bar. Standard table of ISO/IEC 15417.
 */
const PATTERNS = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232',
];
const START_C = 105;
/** In subset C, switch to subset A; in subset A, switch to subset C. */
const CODE_A = 101;
const CODE_C = 99;
/** Subset A codes ASCII 32..95 (digits, upper-case letters) as the character's code minus 32. */
const A_OFFSET = 32;
const STOP = '2331112';

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

/** Symbol values of `text`: subset C for pairs of digits, subset A for the letters between them (and a digit left alone). */
function symbolValues(text: string): number[] {
  const values: number[] = [];
  let subset: 'A' | 'C' = 'C';
  let i = 0;
  while (i < text.length) {
    if (subset === 'C') {
      if (isDigit(text[i]) && isDigit(text[i + 1])) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
      } else {
        values.push(CODE_A);
        subset = 'A';
      }
      continue;
    }
    let run = 0;
    while (isDigit(text[i + run])) run++;
    // Back to C when it saves symbols: four digits or more, or the last two; an odd run leaves its first digit in A.
    if (run >= 4 || (run >= 2 && i + run === text.length)) {
      if (run % 2 === 1) values.push(text.charCodeAt(i++) - A_OFFSET);
      values.push(CODE_C);
      subset = 'C';
      continue;
    }
    values.push(text.charCodeAt(i++) - A_OFFSET);
  }
  return values;
}

/**
 * Code 128 of the 44-character access key of the DANFE: subset C (two digits per symbol) as
 * always, switching to subset A for the letters an alphanumeric CNPJ puts in the key (the hybrid
 * CODE-128C/CODE-128A of NT 2025.001). Start C, the mod-103 check symbol and stop; returns the
 * widths of alternating bars and spaces, bar first, without quiet zones.
 */
export function code128Widths(text: string): number[] {
  if (!/^[0-9A-Z]*$/.test(text) || text.length === 0) throw new Error('Code 128 of the access key encodes digits and upper-case letters');
  const values = symbolValues(text);
  const check = values.reduce((sum, value, i) => sum + value * (i + 1), START_C) % 103;
  const symbols = [START_C, ...values, check].map((value) => PATTERNS[value]).join('') + STOP;
  return [...symbols].map(Number);
}

/** Text read back from widths made by code128Widths (tests read the printed DANFE barcode with it). */
export function decodeCode128(widths: readonly number[]): string {
  const symbols: number[] = [];
  for (let i = 0; i + 6 <= widths.length - 7; i += 6) symbols.push(PATTERNS.indexOf(widths.slice(i, i + 6).join('')));
  if (symbols[0] !== START_C || symbols.some((s) => s < 0) || widths.slice(-7).join('') !== STOP) throw new Error('not a Code 128 symbol started in subset C');
  const values = symbols.slice(1, -1);
  const check = values.reduce((sum, value, i) => sum + value * (i + 1), START_C) % 103;
  if (check !== symbols.at(-1)) throw new Error('Code 128 check symbol mismatch');
  let subset: 'A' | 'C' = 'C';
  let text = '';
  for (const value of values) {
    if (subset === 'C' && value === CODE_A) subset = 'A';
    else if (subset === 'A' && value === CODE_C) subset = 'C';
    else if (subset === 'C' && value < 100) text += String(value).padStart(2, '0');
    else if (subset === 'A' && value < 64) text += String.fromCharCode(value + A_OFFSET);
    else throw new Error(`Code 128 symbol ${value} outside what the access key uses`);
  }
  return text;
}
