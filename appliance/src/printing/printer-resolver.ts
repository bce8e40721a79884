import { createDevicePrinter, printerProfileFor, type PrinterConfig } from '../devices/printer/printer-config.js';
import type { Printer } from '../devices/printer/printer.js';
import type { DeviceProfile, PrinterProfile } from '../devices/profiles/schema.js';
import type { PrinterResolver } from './queue-worker.js';

/** Builds drivers from stored printer configs, rebuilding one only when its config changed. */
export class ConfiguredPrinters implements PrinterResolver {
  private readonly cache = new Map<string, { key: string; printer: Printer; profile: PrinterProfile }>();

  constructor(
    private readonly profiles: DeviceProfile[],
    private readonly create: (config: PrinterConfig, profiles: DeviceProfile[]) => Printer = createDevicePrinter,
  ) {}

  printerFor(config: PrinterConfig): { printer: Printer; profile: PrinterProfile } {
    const key = JSON.stringify(config);
    const cached = this.cache.get(config.id);
    if (cached && cached.key === key) return cached;
    const entry = { key, printer: this.create(config, this.profiles), profile: printerProfileFor(config, this.profiles) };
    this.cache.set(config.id, entry);
    return entry;
  }
}
