import type { Align, QrErrorLevel } from '../document.js';
import { ByteSink, clamp, le16, type CommandWriter, type DrawerPulse } from './command-writer.js';

const ESC = 0x1b;
const GS = 0x1d;
const ALIGN: Record<Align, number> = { left: 0, center: 1, right: 2 };
const QR_LEVEL: Record<QrErrorLevel, number> = { L: 0, M: 1, Q: 2, H: 3 };

/** Bematech ESC/Bema (MP-4200 TH and family), from the Bematech programmer's manual as implemented by ACBr. */
export class EscBemaWriter implements CommandWriter {
  private readonly sink = new ByteSink();

  init(): void {
    // ESC @ then GS 0xF9 0x20 0x00 switches the printer into ESC/Bema command mode.
    this.sink.push([ESC, 0x40, GS, 0xf9, 0x20, 0x00]);
  }

  text(encoded: Buffer): void {
    this.sink.push(encoded);
  }

  newline(): void {
    this.sink.push([0x0a]);
  }

  bold(on: boolean): void {
    this.sink.push([ESC, on ? 0x45 : 0x46]);
  }

  size(width: number, height: number): void {
    this.sink.push([ESC, 0x57, width > 1 ? 1 : 0, ESC, 0x64, height > 1 ? 1 : 0]);
  }

  align(align: Align): void {
    this.sink.push([ESC, 0x61, ALIGN[align]]);
  }

  font(font: 'A' | 'B'): void {
    // Condensed (ESC SI) is ESC/Bema's small font; ESC H returns to normal.
    this.sink.push(font === 'B' ? [ESC, 0x0f] : [ESC, 0x48]);
  }

  qr(data: string, moduleSize: number, errorLevel: QrErrorLevel): void {
    const payload = Buffer.from(data, 'utf8');
    // GS k Q: level, module size (in half dots), version (0 = auto), mode (1 = alphanumeric/byte), length LE16, data.
    this.sink.push([GS, 0x6b, 0x51, QR_LEVEL[errorLevel], clamp(moduleSize * 2, 2, 16), 0, 1, ...le16(payload.length)], payload);
  }

  feed(lines: number): void {
    for (let i = 0; i < clamp(lines, 0, 255); i++) this.sink.push([0x0a]);
  }

  cut(partial: boolean): void {
    this.sink.push([ESC, partial ? 0x6d : 0x77]);
  }

  drawer(pulse: DrawerPulse): void {
    // ESC v t opens drawer 1; ESC 0x80 t drawer 2. t in ms, capped by the firmware at 255.
    this.sink.push([ESC, pulse.pin === 5 ? 0x80 : 0x76, clamp(Math.max(pulse.onMs, pulse.offMs), 50, 255)]);
  }

  bytes(): Buffer {
    return this.sink.bytes();
  }
}
