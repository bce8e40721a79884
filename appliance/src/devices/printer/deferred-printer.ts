import { PrinterError, type PrintPayload, type PrintResult, type Printer } from './printer.js';

/**
 * A printer whose driver is imported on first use. The ESC/POS encoder (node-thermal-printer,
 * iconv-lite) and the serial transport (serialport's native addon) then load only in a store
 * that prints, instead of at every start.
 */
export class DeferredPrinter implements Printer {
  private loading: Promise<Printer> | null = null;

  constructor(
    readonly id: string,
    private readonly load: () => Promise<Printer>,
  ) {}

  async print(payload: PrintPayload): Promise<PrintResult> {
    return (await this.driver()).print(payload);
  }

  async status() {
    return (await this.driver()).status();
  }

  async close(): Promise<void> {
    // Nothing was opened when the driver never loaded.
    if (this.loading) await (await this.loading).close();
  }

  private driver(): Promise<Printer> {
    this.loading ??= this.load().catch((err: unknown) => {
      // Not kept: a later job retries the import (for example once the addon is installed).
      this.loading = null;
      throw new PrinterError('PRINTER_TRANSPORT_UNAVAILABLE', `${this.id}: printer driver unavailable (${(err as Error).message})`);
    });
    return this.loading;
  }
}
