import ntp from 'node-thermal-printer';
import type { Align, QrErrorLevel } from '../document.js';
import { clamp, type CommandWriter, type DrawerPulse } from './command-writer.js';

const { ThermalPrinter, PrinterTypes, BreakLine } = ntp;

/**
 * ESC/POS (Epson, Elgin) and Star Line mode on top of node-thermal-printer. We hand it already
 * encoded text (its own code-page guessing would switch tables behind our back) and emit the few
 * commands it gets wrong or lacks ourselves: GS ! (it swaps width and height nibbles), ESC p with
 * the profile's pulse timing, and Star's ESC i size command.
 */
export class NtpWriter implements CommandWriter {
  private readonly printer: InstanceType<typeof ThermalPrinter>;

  constructor(
    private readonly flavour: 'epson' | 'star',
    columns: number,
  ) {
    this.printer = new ThermalPrinter({
      type: flavour === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
      interface: '',
      width: columns,
      breakLine: BreakLine.NONE,
    });
  }

  init(): void {
    this.printer.append(Buffer.from([0x1b, 0x40]));
  }

  text(encoded: Buffer): void {
    this.printer.append(encoded);
  }

  newline(): void {
    this.printer.newLine();
  }

  bold(on: boolean): void {
    this.printer.bold(on);
  }

  size(width: number, height: number): void {
    const w = clamp(width, 1, 8) - 1;
    const h = clamp(height, 1, 8) - 1;
    if (this.flavour === 'star') this.printer.append(Buffer.from([0x1b, 0x69, Math.min(h, 5), Math.min(w, 5)]));
    else this.printer.append(Buffer.from([0x1d, 0x21, (w << 4) | h]));
  }

  align(align: Align): void {
    if (align === 'center') this.printer.alignCenter();
    else if (align === 'right') this.printer.alignRight();
    else this.printer.alignLeft();
  }

  font(font: 'A' | 'B'): void {
    if (font === 'B') this.printer.setTypeFontB();
    else this.printer.setTypeFontA();
  }

  qr(data: string, moduleSize: number, errorLevel: QrErrorLevel): void {
    this.printer.printQR(data, { cellSize: clamp(moduleSize, 1, 8), correction: errorLevel, model: 2 });
  }

  feed(lines: number): void {
    if (this.flavour === 'star') for (let i = 0; i < lines; i++) this.printer.newLine();
    else this.printer.append(Buffer.from([0x1b, 0x64, clamp(lines, 0, 255)]));
  }

  cut(partial: boolean): void {
    // One 4-line feed carries the last line past the cutter blade.
    if (partial) this.printer.partialCut({ verticalTabAmount: 1 });
    else this.printer.cut({ verticalTabAmount: 1 });
  }

  drawer(pulse: DrawerPulse): void {
    if (this.flavour === 'star') {
      this.printer.openCashDrawer();
      return;
    }
    // ESC p m t1 t2: times in 2 ms units.
    this.printer.append(Buffer.from([0x1b, 0x70, pulse.pin === 5 ? 1 : 0, clamp(pulse.onMs / 2, 1, 255), clamp(pulse.offMs / 2, 1, 255)]));
  }

  bytes(): Buffer {
    return this.printer.getBuffer() ?? Buffer.alloc(0);
  }
}
