import { encodeForDisplay, ESC_T_TABLE } from './code-page.js';
import type { DisplayCodePage, DisplayCommandSet, DisplayLines } from './customer-display.js';

export const ESC = 0x1b;
export const US = 0x1f;
export const CLR = 0x0c;

/**
 * Byte sequences for the two command sets 2×20 displays speak:
 *  - ESC/POS display (Epson DM-D, Posiflex PD-2800): US $ x y moves the cursor,
 *    US SOH selects overwrite mode.
 *  - CD5220 (Partner Tech CD-7220 and clones): ESC l x y moves the cursor,
 *    ESC DC1 selects overwrite mode.
 * Both: ESC @ initialises, CLR (0x0C) clears, ESC t n selects the code table.
 * Positions are 1-based (column 1..20, row 1..2).
 */
export interface DisplayEncoderOptions {
  commandSet: DisplayCommandSet;
  codePage: DisplayCodePage;
  columns: number;
}

export function initialiseBytes({ commandSet, codePage }: DisplayEncoderOptions): Buffer {
  const overwrite = commandSet === 'cd5220' ? [ESC, 0x11] : [US, 0x01];
  return Buffer.from([ESC, 0x40, ...overwrite, ESC, 0x74, ESC_T_TABLE[codePage]]);
}

export function moveCursorBytes(commandSet: DisplayCommandSet, column: number, row: number): Buffer {
  return Buffer.from(commandSet === 'cd5220' ? [ESC, 0x6c, column, row] : [US, 0x24, column, row]);
}

export function showBytes(options: DisplayEncoderOptions, lines: DisplayLines): Buffer {
  const parts: Buffer[] = [];
  lines.forEach((line, index) => {
    parts.push(moveCursorBytes(options.commandSet, 1, index + 1));
    parts.push(encodeForDisplay(fitToColumns(line, options.columns), options.codePage));
  });
  return Buffer.concat(parts);
}

export function clearBytes(): Buffer {
  return Buffer.from([CLR]);
}

/** Exactly `columns` characters: longer text is cut, shorter padded so old text never lingers. */
export function fitToColumns(text: string, columns: number): string {
  // Composed, so a decomposed "ã" takes the one column it shows in.
  const flat = text.normalize('NFC').replace(/[\x00-\x1f\x7f]/g, ' ');
  const chars = [...flat].slice(0, columns);
  return chars.join('').padEnd(columns, ' ');
}
