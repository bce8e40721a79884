import type { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSerialLine, openSerialLine, writeAndDrain } from '../scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../testing/pty.js';
import type { ScanEvent } from './barcode-scanner.js';
import { collect } from './scanner-contract.js';
import { SerialBarcodeScanner } from './serial-scanner.js';

const line = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 } as const;

describe('SerialBarcodeScanner when its port is lost in the middle of a scan', () => {
  let pty: PtyPair | undefined;
  let device: SerialPort | undefined;
  let scanner: SerialBarcodeScanner | undefined;
  afterEach(async () => {
    await scanner?.stop();
    if (device) await closeSerialLine(device);
    await pty?.close();
    pty = device = scanner = undefined;
  });

  it('does not glue the half code read before the link dropped onto the first code after it is reopened', async () => {
    pty = await openPtyPair();
    device = await openSerialLine({ ...line, path: pty.b });
    scanner = new SerialBarcodeScanner({ line: { ...line, path: pty.a }, suffix: 'CR' });
    const scans = collect<ScanEvent>((push) => scanner!.onScan(push));
    await scanner.start();

    // The cable is knocked while a code is on the wire: only its first digits arrived, no CR.
    await writeAndDrain(device, Buffer.from('78910', 'latin1'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const port = (scanner as unknown as { port: SerialPort & { _disconnected(err: Error): void } }).port;
    // What serialport does when the adapter goes away: the read fails and the stream closes itself.
    port._disconnected(new Error('EIO: i/o error, read'));
    await new Promise((resolve) => setTimeout(resolve, 100));

    // The driver forgot the lost port ("the next start() opens it again"); the cashier scans again.
    await scanner.start();
    await writeAndDrain(device, Buffer.from('7891000315507\r', 'latin1'));
    await scans.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Not '789107891000315507': an unknown barcode built from two reads.
    expect(scans.values.map((s) => s.code)).toEqual(['7891000315507']);
  });
});
