import { join } from 'node:path';
import type { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProfileFile } from '../profiles/loader.js';
import { firmwareProfilesDir } from '../profiles/repo-root.js';
import type { ScannerProfile } from '../profiles/schema.js';
import { closeSerialLine, openSerialLine, writeAndDrain } from '../scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../testing/pty.js';
import type { ScanEvent } from './barcode-scanner.js';
import { collect } from './scanner-contract.js';
import { SerialBarcodeScanner } from './serial-scanner.js';

describe('SerialBarcodeScanner framing on a real PTY', () => {
  let pty: PtyPair | undefined;
  let device: SerialPort | undefined;
  let scanner: SerialBarcodeScanner | undefined;
  afterEach(async () => {
    await scanner?.stop();
    if (device) await closeSerialLine(device);
    await pty?.close();
    pty = device = scanner = undefined;
  });

  async function connect(make: (path: string) => SerialBarcodeScanner) {
    pty = await openPtyPair();
    device = await openSerialLine({ path: pty.b, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 });
    scanner = make(pty.a);
    const scans = collect<ScanEvent>((push) => scanner!.onScan(push));
    await scanner.start();
    return { scans, send: (text: string) => writeAndDrain(device!, Buffer.from(text, 'latin1')) };
  }

  it('uses the serial settings and suffix of the firmware profile', async () => {
    const profile = parseProfileFile(join(firmwareProfilesDir(), 'zebra-ds2208.json')) as ScannerProfile;
    const { scans, send } = await connect((path) => SerialBarcodeScanner.fromProfile(profile, path));
    await send('7891000315507\r');
    expect((await scans.waitFor(1)).map((s) => s.code)).toEqual(['7891000315507']);
  });

  it('accepts CR, LF and CRLF terminators, codes split across reads, and drops control prefixes', async () => {
    const { scans, send } = await connect((path) => new SerialBarcodeScanner({ line: { path, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 }, suffix: 'CRLF' }));
    await send('1111\r\n2222\n\x023333\r78912');
    await new Promise((resolve) => setTimeout(resolve, 40));
    await send('342\r\n');
    expect((await scans.waitFor(4)).map((s) => s.code)).toEqual(['1111', '2222', '3333', '78912342']);
  });

  it('ends a code on an idle gap when the scanner sends no suffix', async () => {
    const { scans, send } = await connect((path) => new SerialBarcodeScanner({ line: { path, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 }, suffix: 'none' }));
    await send('7891000315507');
    expect((await scans.waitFor(1)).map((s) => s.code)).toEqual(['7891000315507']);
  });

  it('fails with SCANNER_UNAVAILABLE for a port that does not exist', async () => {
    const missing = new SerialBarcodeScanner({ line: { path: '/nonexistent/ttyUSB9', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 }, suffix: 'CR' });
    await expect(missing.start()).rejects.toMatchObject({ code: 'SCANNER_UNAVAILABLE' });
  });
});
