import type { Align, QrErrorLevel } from '../document.js';
import { ByteSink, clamp, le16, type CommandWriter } from './command-writer.js';

const ESC = 0x1b;
const ALIGN: Record<Align, number> = { left: 0, center: 1, right: 2 };

/** Daruma's own command set (DR700/DR800/FS800 non-fiscal), per the Daruma manual as implemented by ACBr. */
export class DarumaWriter implements CommandWriter {
  private readonly sink = new ByteSink();

  init(): void {
    this.sink.push([ESC, 0x40]);
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
    this.sink.push([ESC, 0x57, width > 1 ? 1 : 0, ESC, 0x77, height > 1 ? 1 : 0]);
  }

  align(align: Align): void {
    this.sink.push([ESC, 0x6a, ALIGN[align]]);
  }

  font(font: 'A' | 'B'): void {
    this.sink.push(font === 'B' ? [ESC, 0x0f] : [0x12]);
  }

  qr(data: string, moduleSize: number, errorLevel: QrErrorLevel): void {
    const payload = Buffer.from(data, 'utf8');
    // ESC 0x81 nL nH width level data, where n counts data + the two parameter bytes.
    // Level 0 lets the printer choose; Daruma needs M at least above 256 bytes.
    const level = errorLevel === 'L' ? (payload.length > 256 ? 0x4d : 0) : errorLevel.charCodeAt(0);
    this.sink.push([ESC, 0x81, ...le16(payload.length + 2), clamp(moduleSize, 3, 7), level], payload);
  }

  feed(lines: number): void {
    for (let i = 0; i < clamp(lines, 0, 255); i++) this.sink.push([0x0a]);
  }

  cut(): void {
    // Daruma has a single cut command (ESC m) for full and partial.
    this.sink.push([ESC, 0x6d]);
  }

  drawer(): void {
    // ESC p: Daruma fixes the pulse timing in firmware.
    this.sink.push([ESC, 0x70]);
  }

  bytes(): Buffer {
    return this.sink.bytes();
  }
}
