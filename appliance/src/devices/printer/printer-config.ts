import { z } from 'zod';
import type { DeviceProfile, PrinterProfile } from '../profiles/schema.js';
import { findProfile } from '../profiles/loader.js';
import { DevicePrinter } from './device-printer.js';
import type { Printer } from './printer.js';
import { SerialTransport } from './transports/serial-transport.js';
import { TcpTransport } from './transports/tcp-transport.js';
import { UsbTransport } from './transports/usb-transport.js';

/** How the store wired one printer: which profile, which port. Serial ports appear only here, never by probing. */
export const printerConfigSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  profileId: z.string().min(1),
  connection: z.discriminatedUnion('type', [
    z.object({ type: z.literal('tcp'), host: z.string().min(1), port: z.number().int().min(1).max(65535).default(9100) }),
    z.object({ type: z.literal('serial'), path: z.string().min(1), baudRate: z.number().int().positive().optional() }),
    z.object({ type: z.literal('usb'), serialNumber: z.string().optional() }),
  ]),
  /** Another printer id that takes this printer's jobs when it fails. */
  backupPrinterId: z.string().optional(),
});
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

export function createDevicePrinter(config: PrinterConfig, profiles: DeviceProfile[]): Printer {
  const profile = printerProfileFor(config, profiles);
  const c = config.connection;
  if (c.type === 'tcp') return new DevicePrinter({ id: config.id, spec: profile.printer, transport: new TcpTransport({ host: c.host, port: c.port }) });
  if (c.type === 'serial') {
    const serial = profile.transports.serial;
    if (!serial) throw new PrinterConfigError('PRINTER_TRANSPORT_NOT_SUPPORTED', `${profile.id} has no serial interface`);
    return new DevicePrinter({ id: config.id, spec: profile.printer, transport: new SerialTransport(c.path, { ...serial, baudRate: c.baudRate ?? serial.baudRate }) });
  }
  const usb = profile.transports.usb;
  if (!usb || usb.productId === null) throw new PrinterConfigError('PRINTER_TRANSPORT_NOT_SUPPORTED', `${profile.id} has no known USB id`);
  const transport = new UsbTransport(Number.parseInt(usb.vendorId, 16), Number.parseInt(usb.productId, 16), c.serialNumber);
  return new DevicePrinter({ id: config.id, spec: profile.printer, transport });
}
