import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfiles } from './profiles/loader.js';
import { listSerialPorts } from './serial-detect.js';

describe('serial port detection from sysfs', () => {
  const root = mkdtempSync(join(tmpdir(), 'chefia-serial-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists ports with a device behind them, their stable udev name and the profile of a known USB adapter', () => {
    const sysTty = join(root, 'sys', 'class', 'tty');
    const dev = join(root, 'dev');
    // A Bematech MP-4200 seen as a USB serial port, an on-board UART and a virtual console (no device).
    const usbDevice = join(root, 'sys', 'devices', 'usb1', '1-1');
    mkdirSync(join(usbDevice, '1-1:1.0', 'ttyACM0'), { recursive: true });
    writeFileSync(join(usbDevice, 'idVendor'), '0b1b\n');
    writeFileSync(join(usbDevice, 'idProduct'), '0003\n');
    const uart = join(root, 'sys', 'devices', 'platform', 'serial8250');
    mkdirSync(uart, { recursive: true });
    for (const name of ['ttyACM0', 'ttyS0', 'tty1']) mkdirSync(join(sysTty, name), { recursive: true });
    symlinkSync(join(usbDevice, '1-1:1.0'), join(sysTty, 'ttyACM0', 'device'));
    symlinkSync(uart, join(sysTty, 'ttyS0', 'device'));
    mkdirSync(join(dev, 'serial', 'by-id'), { recursive: true });
    writeFileSync(join(dev, 'ttyACM0'), '');
    symlinkSync(join(dev, 'ttyACM0'), join(dev, 'serial', 'by-id', 'usb-Bematech_MP-4200_TH-if00'));

    expect(listSerialPorts(loadProfiles(), { sysTty, dev })).toEqual([
      { path: join(dev, 'ttyACM0'), stablePath: join(dev, 'serial', 'by-id', 'usb-Bematech_MP-4200_TH-if00'), vendorId: 0x0b1b, productId: 0x0003, profileIds: ['bematech-mp-4200'] },
      { path: join(dev, 'ttyS0'), stablePath: null, vendorId: null, productId: null, profileIds: [] },
    ]);
  });

  it('answers an empty list where there is no sysfs', () => {
    expect(listSerialPorts(loadProfiles(), { sysTty: join(root, 'absent'), dev: join(root, 'absent-dev') })).toEqual([]);
  });
});
