import type { SerialPort } from 'serialport';
import { closeSerialLine, openSerialLine, writeAndDrain } from '../scale/serial-line.js';
import { openPtyPair } from '../testing/pty.js';
import { scannerContract } from './scanner-contract.js';
import { SerialBarcodeScanner } from './serial-scanner.js';
import { VirtualBarcodeScanner } from './virtual-scanner.js';

scannerContract('virtual', async () => {
  const scanner = new VirtualBarcodeScanner();
  return { scanner, scan: async (code) => scanner.scan(code), close: async () => undefined };
});

scannerContract('serial over PTY (CR suffix)', async () => {
  const pty = await openPtyPair();
  const line = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 } as const;
  const device: SerialPort = await openSerialLine({ ...line, path: pty.b });
  const scanner = new SerialBarcodeScanner({ line: { ...line, path: pty.a }, suffix: 'CR' });
  return {
    scanner,
    scan: (code) => writeAndDrain(device, Buffer.from(`${code}\r`, 'latin1')),
    close: async () => {
      await closeSerialLine(device);
      await pty.close();
    },
  };
});
