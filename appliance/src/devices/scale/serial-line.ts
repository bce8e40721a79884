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
