import iconv from 'iconv-lite';
import type { Align, QrErrorLevel } from '../document.js';

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;
export const LF = 0x0a;
export const ALIGNS: Align[] = ['left', 'center', 'right'];
export const QR_LEVELS: QrErrorLevel[] = ['L', 'M', 'Q', 'H'];
export const ESCPOS_TABLES: Record<number, string> = { 0: 'cp437', 2: 'cp850', 3: 'cp860', 16: 'windows-1252', 19: 'cp858' };
export const ESCBEMA_TABLES: Record<number, string> = { 2: 'cp850', 3: 'cp437', 4: 'cp860' };
/** ESC x commands of ESC/POS that take a fixed number of parameter bytes and do not affect rendering. */
export const ESC_SKIP: Record<number, number> = { 0x20: 1, 0x24: 2, 0x25: 1, 0x3d: 1, 0x3f: 1, 0x4b: 1, 0x52: 1, 0x54: 1, 0x55: 1, 0x56: 1, 0x5c: 2, 0x63: 2, 0x65: 1, 0x72: 1, 0x7b: 1, 0x32: 0, 0x33: 1, 0x4c: 0, 0x53: 0, 0x42: 2 };
export const GS_SKIP: Record<number, number> = { 0x42: 1, 0x48: 1, 0x66: 1, 0x68: 1, 0x77: 1, 0x4c: 2, 0x57: 2, 0x50: 2, 0x61: 1, 0x62: 1, 0x24: 2, 0x5c: 2, 0x54: 1 };

const decodeTables = new Map<string, string[]>();
export function decodeTable(encoding: string): string[] {
  let table = decodeTables.get(encoding);
  if (!table) {
    table = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), encoding));
    decodeTables.set(encoding, table);
  }
  return table;
}

export interface Style {
  bold: boolean;
  underline: boolean;
  width: number;
  height: number;
  font: 'A' | 'B';
  align: Align;
  encoding: string;
}

export const initialStyle = (encoding: string): Style => ({ bold: false, underline: false, width: 1, height: 1, font: 'A', align: 'left', encoding });

export function hex(bytes: number[]): string {
  return bytes.map((x) => x.toString(16).padStart(2, '0')).join(' ');
}

export interface QrSymbol {
  data: string;
  moduleSize: number;
  errorLevel: QrErrorLevel;
  /** Bytes the command occupies from its first byte. */
  length: number;
}

/** Bematech GS k Q: level, size (half dots), version, mode, lenL, lenH, data. Null while incomplete. */
export function bemaQr(b: Buffer, i: number): QrSymbol | null {
  if (i + 9 > b.length) return null;
  const len = b[i + 7] + b[i + 8] * 256;
  if (i + 9 + len > b.length) return null;
  return { data: b.subarray(i + 9, i + 9 + len).toString('utf8'), moduleSize: Math.max(1, Math.round(b[i + 4] / 2)), errorLevel: QR_LEVELS[b[i + 3]] ?? 'M', length: 9 + len };
}

/** Daruma ESC 0x81 nL nH width level data, where n counts data + 2. Null while incomplete. */
export function darumaQr(b: Buffer, i: number): QrSymbol | null {
  if (i + 4 > b.length) return null;
  const len = b[i + 2] + b[i + 3] * 256;
  if (i + 4 + len > b.length) return null;
  const level = String.fromCharCode(b[i + 5]) as QrErrorLevel;
  return { data: b.subarray(i + 6, i + 4 + len).toString('utf8'), moduleSize: b[i + 4], errorLevel: QR_LEVELS.includes(level) ? level : 'M', length: 4 + len };
}
