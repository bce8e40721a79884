import { clearBytes, initialiseBytes, showBytes, type DisplayEncoderOptions } from './commands.js';
import type { CustomerDisplay, DisplayLines } from './customer-display.js';
import { DisplayEmulator } from './display-emulator.js';

/**
 * A display with no hardware: the same bytes the serial driver would send go
 * into an emulated 2×20 screen, so what `lines()` returns is what a customer
 * would see (including accents the code page cannot show).
 */
export class VirtualCustomerDisplay implements CustomerDisplay {
  private readonly screen: DisplayEmulator;

  constructor(private readonly options: DisplayEncoderOptions = { commandSet: 'escpos-display', codePage: 'CP860', columns: 20 }) {
    this.screen = new DisplayEmulator(options.columns, 2);
    this.screen.feed(initialiseBytes(options));
  }

  async show(lines: DisplayLines): Promise<void> {
    this.screen.feed(showBytes(this.options, lines));
  }

  async clear(): Promise<void> {
    this.screen.feed(clearBytes());
  }

  lines(): string[] {
    return this.screen.lines();
  }
}
