import type { z } from 'zod';
import { printerConfigSchema } from '../../../contract/events/printing.js';
import type { DeviceProfile, PrinterProfile } from '../profiles/schema.js';
import { findProfile } from '../profiles/loader.js';
import { DeferredPrinter } from './deferred-printer.js';
import type { Printer } from './printer.js';
import type { SerialSettings } from './transports/serial-transport.js';

/** How the store wired one printer; the shape is the journal contract's (`printer.configured` carries it). */
export { printerConfigSchema };
export type PrinterConfig = z.infer<typeof printerConfigSchema>;

export class PrinterConfigError extends Error {
  constructor(
    readonly code: 'PRINTER_PROFILE_NOT_PRINTER' | 'PRINTER_TRANSPORT_NOT_SUPPORTED',
    message: string,
  ) {
    super(message);
  }
}

export function printerProfileFor(config: PrinterConfig, profiles: DeviceProfile[]): PrinterProfile {
  const profile = findProfile(profiles, config.profileId);
  if (profile.kind !== 'printer') throw new PrinterConfigError('PRINTER_PROFILE_NOT_PRINTER', `${config.profileId} is a ${profile.kind}, not a printer`);
  return profile;
}

/** A printer's connection once checked against its profile: everything the real driver needs. */
export type PrinterConnection =
  | { type: 'tcp'; host: string; port: number }
  | { type: 'serial'; path: string; settings: SerialSettings }
  | { type: 'usb'; vendorId: number; productId: number; serialNumber?: string };

/** Checks the wiring now (so a bad config fails at once); the driver code is imported on first print. */
export function createDevicePrinter(config: PrinterConfig, profiles: DeviceProfile[]): Printer {
  const profile = printerProfileFor(config, profiles);
  const connection = connectionFor(config, profile);
  return new DeferredPrinter(config.id, async () => (await import('./open-device-printer.js')).openDevicePrinter(config.id, profile.printer, connection));
}

function connectionFor(config: PrinterConfig, profile: PrinterProfile): PrinterConnection {
  const c = config.connection;
  if (c.type === 'tcp') return { type: 'tcp', host: c.host, port: c.port };
  if (c.type === 'serial') {
    const serial = profile.transports.serial;
    if (!serial) throw new PrinterConfigError('PRINTER_TRANSPORT_NOT_SUPPORTED', `${profile.id} has no serial interface`);
    return { type: 'serial', path: c.path, settings: { ...serial, baudRate: c.baudRate ?? serial.baudRate } };
  }
  const usb = profile.transports.usb;
  if (!usb || usb.productId === null) throw new PrinterConfigError('PRINTER_TRANSPORT_NOT_SUPPORTED', `${profile.id} has no known USB id`);
  return { type: 'usb', vendorId: Number.parseInt(usb.vendorId, 16), productId: Number.parseInt(usb.productId, 16), serialNumber: c.serialNumber };
}
