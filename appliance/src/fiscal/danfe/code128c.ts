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
const STOP = '2331112';

/**
 * Code 128 subset C of an even count of digits (the 44-digit access key of the DANFE): two digits
 * per symbol, start C, the mod-103 check symbol and stop. Returns the widths of alternating bars
 * and spaces, bar first, without quiet zones.
 */
export function code128cWidths(digits: string): number[] {
  if (!/^(\d\d)+$/.test(digits)) throw new Error('Code 128C encodes an even count of digits');
  const values = digits.match(/\d\d/g)!.map(Number);
  const check = values.reduce((sum, value, i) => sum + value * (i + 1), START_C) % 103;
  const symbols = [START_C, ...values, check].map((value) => PATTERNS[value]).join('') + STOP;
  return [...symbols].map(Number);
}

/** Digits read back from widths made by code128cWidths (tests read the printed DANFE barcode with it). */
export function decodeCode128c(widths: readonly number[]): string {
  const symbols: number[] = [];
  for (let i = 0; i + 6 <= widths.length - 7; i += 6) symbols.push(PATTERNS.indexOf(widths.slice(i, i + 6).join('')));
  if (symbols[0] !== START_C || symbols.some((s) => s < 0) || widths.slice(-7).join('') !== STOP) throw new Error('not a Code 128C symbol');
  const values = symbols.slice(1, -1);
  const check = values.reduce((sum, value, i) => sum + value * (i + 1), START_C) % 103;
  if (check !== symbols.at(-1)) throw new Error('Code 128C check symbol mismatch');
  return values.map((v) => String(v).padStart(2, '0')).join('');
}
