import { DevicePrinter } from './device-printer.js';
import type { PrinterConnection } from './printer-config.js';
import type { Printer } from './printer.js';
import type { PrinterSpec } from '../profiles/schema.js';
import { TcpTransport } from './transports/tcp-transport.js';
import { UsbTransport } from './transports/usb-transport.js';
import type { PrinterTransport } from './transport.js';

/** Builds the real driver for a checked connection; imported on demand by `createDevicePrinter`. */
export async function openDevicePrinter(id: string, spec: PrinterSpec, connection: PrinterConnection): Promise<Printer> {
  return new DevicePrinter({ id, spec, transport: await transportFor(connection) });
}

async function transportFor(c: PrinterConnection): Promise<PrinterTransport> {
  if (c.type === 'tcp') return new TcpTransport({ host: c.host, port: c.port });
  if (c.type === 'usb') return new UsbTransport(c.vendorId, c.productId, c.serialNumber);
  const { SerialTransport } = await import('./transports/serial-transport.js');
  return new SerialTransport(c.path, c.settings);
}
