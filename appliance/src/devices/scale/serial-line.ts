import { SerialPort } from 'serialport';
import type { ScaleProfile } from '../profiles/schema.js';

/** Line settings of one configured serial device (from its firmware profile plus the port path). */
export interface SerialLineSettings {
  path: string;
  baudRate: number;
  dataBits: 7 | 8;
  parity: 'none' | 'even' | 'odd';
  stopBits: 1 | 2;
}

type SerialTransport = NonNullable<ScaleProfile['transports']['serial']>;

export function lineSettingsFromTransport(path: string, serial: SerialTransport): SerialLineSettings {
  return { path, baudRate: serial.baudRate, dataBits: serial.dataBits, parity: serial.parity, stopBits: serial.stopBits };
}

export async function openSerialLine(settings: SerialLineSettings): Promise<SerialPort> {
  const port = new SerialPort({ ...settings, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error ? reject(error) : resolve())));
  return port;
}

/**
 * Opens the line and calls `onLost` when the port closes or fails (a USB adapter pulled out). An
 * 'error' event with no listener would be an uncaught exception and stop the appliance, so every
 * driver opens its port here; the driver forgets the port in `onLost` and reopens it on next use.
 */
export async function openWatchedLine(settings: SerialLineSettings, onLost: (port: SerialPort) => void): Promise<SerialPort> {
  const port = await openSerialLine(settings);
  port.on('close', () => onLost(port));
  port.on('error', () => {
    onLost(port);
    void closeSerialLine(port).catch(() => undefined);
  });
  return port;
}

export async function closeSerialLine(port: SerialPort): Promise<void> {
  if (!port.isOpen) return;
  await new Promise<void>((resolve) => port.close(() => resolve()));
}

export async function writeAndDrain(port: SerialPort, bytes: Buffer): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    port.write(bytes, (error) => (error ? reject(error) : undefined));
    port.drain((error) => (error ? reject(error) : resolve()));
  });
}
