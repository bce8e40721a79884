import type { Align, QrErrorLevel } from '../document.js';

export interface DrawerPulse {
  pin: 2 | 5;
  onMs: number;
  offMs: number;
}

/** One command set's vocabulary; the document walker in encode.ts drives it. */
export interface CommandWriter {
  init(): void;
  text(encoded: Buffer): void;
  newline(): void;
  bold(on: boolean): void;
  size(width: number, height: number): void;
  align(align: Align): void;
  font(font: 'A' | 'B'): void;
  qr(data: string, moduleSize: number, errorLevel: QrErrorLevel): void;
  feed(lines: number): void;
  cut(partial: boolean): void;
  drawer(pulse: DrawerPulse): void;
  bytes(): Buffer;
}

export const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(Math.round(value), min), max);

export function le16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}

/** Raw byte accumulator for the command sets node-thermal-printer does not cover. */
export class ByteSink {
  private readonly chunks: Buffer[] = [];

  push(...parts: Array<Buffer | number[]>): void {
    for (const part of parts) this.chunks.push(Buffer.isBuffer(part) ? part : Buffer.from(part));
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
