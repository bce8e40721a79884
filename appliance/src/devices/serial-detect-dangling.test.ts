import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadProfiles } from './profiles/loader.js';
import { listSerialPorts } from './serial-detect.js';

/**
 * A USB-serial adapter that was just pulled out (or re-enumerated as another ttyUSBn) leaves its
 * `/dev/serial/by-id/…` symlink pointing at a node that no longer exists until udev catches up.
 * The technician opens the serial-ports page right then: the ports that are there must still be
 * listed (GET /hardware/serial-ports is this function).
 */
describe('serial port listing while an adapter re-enumerates', () => {
  const root = mkdtempSync(join(tmpdir(), 'chefia-serial-dangling-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists the present ports when a by-id link points at a tty that is gone', () => {
    const sysTty = join(root, 'sys', 'class', 'tty');
    const dev = join(root, 'dev');
    const uart = join(root, 'sys', 'devices', 'platform', 'serial8250');
    mkdirSync(uart, { recursive: true });
    mkdirSync(join(sysTty, 'ttyS0'), { recursive: true });
    symlinkSync(uart, join(sysTty, 'ttyS0', 'device'));
    mkdirSync(join(dev, 'serial', 'by-id'), { recursive: true });
    writeFileSync(join(dev, 'ttyS0'), '');
    // The scale's adapter was ttyUSB0 a moment ago; the node is gone, the udev link not yet.
    symlinkSync(join(dev, 'ttyUSB0'), join(dev, 'serial', 'by-id', 'usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0'));

    let ports: ReturnType<typeof listSerialPorts> | Error;
    try {
      ports = listSerialPorts(loadProfiles(), { sysTty, dev });
    } catch (error) {
      ports = error as Error;
    }
    // The dangling link is skipped, not an ENOENT that fails the whole listing.
    expect(ports).toEqual([{ path: join(dev, 'ttyS0'), stablePath: null, vendorId: null, productId: null, profileIds: [] }]);
  });
});
