import type { SerialPort } from 'serialport';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScanEvent } from '../devices/scanner/barcode-scanner.js';
import { collect } from '../devices/scanner/scanner-contract.js';
import { closeSerialLine, openSerialLine, writeAndDrain } from '../devices/scale/serial-line.js';
import { openPtyPair, type PtyPair } from '../devices/testing/pty.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHardwareModule, hardwareRuntimeOf } from './index.js';

/**
 * A serial scanner at a busy till whose USB-serial link drops (cable knocked, adapter re-enumerated):
 * serialport closes the port with a DisconnectedError and the driver forgets it; the runtime shows
 * the scanner offline and its 30 s retry opens the scanner's own path again.
 */
describe('a serial scanner whose port is lost after start-up', () => {
  let app: TestAppliance;
  let pty: PtyPair;
  let scannerEnd: SerialPort;

  beforeAll(async () => {
    // Only the runtime's 30 s retry interval is driven by hand; every other timer is real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    pty = await openPtyPair();
    scannerEnd = await openSerialLine({ path: pty.b, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 });
    app = await startTestAppliance([createHardwareModule()]);
    const res = await fetch(`${app.baseUrl}/api/v1/hardware`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['devices.manage']) },
      body: JSON.stringify({ id: 'leitor-1', kind: 'scanner', name: 'Leitor', profileId: 'zebra-ds2208', transport: { type: 'serial', path: pty.a } }),
    });
    expect(res.status).toBe(200);
  });

  afterAll(async () => {
    vi.useRealTimers();
    await app?.close();
    if (scannerEnd) await closeSerialLine(scannerEnd);
    await pty?.close();
  });

  it('is reopened by the periodic retry once the port is back, and scans reach the store again', async () => {
    const runtime = hardwareRuntimeOf(app.ctx)!;
    const live = runtime.live('leitor-1');
    if (live?.kind !== 'scanner') throw new Error('scanner not running');
    const scans = collect<ScanEvent>((push) => live.scanner.onScan(push));

    await writeAndDrain(scannerEnd, Buffer.from('7891000315507\r', 'latin1'));
    expect((await scans.waitFor(1)).map((s) => s.code)).toEqual(['7891000315507']);

    // The link drops the way serialport reports an unplugged adapter: the read fails and the
    // stream closes itself with a DisconnectedError.
    const port = (live.scanner as unknown as { port: SerialPort & { _disconnected(err: Error): void } }).port;
    port._disconnected(new Error('EIO: i/o error, read'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(port.isOpen).toBe(false);
    expect(runtime.offline()).toEqual({ 'leitor-1': 'SCANNER_UNAVAILABLE' });

    // The port is back on the same path (the PTY still exists); the runtime's retry tick comes.
    vi.advanceTimersByTime(30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    await writeAndDrain(scannerEnd, Buffer.from('7894900011517\r', 'latin1'));
    const codes = (await scans.waitFor(2)).map((s) => s.code);
    expect(codes).toEqual(['7891000315507', '7894900011517']);
    expect(runtime.offline()).toEqual({});
  });
});
