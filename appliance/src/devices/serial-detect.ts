import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DeviceProfile } from './profiles/schema.js';
import { matchUsbProfiles } from './usb-detect.js';

/** A serial port the kernel shows, with the USB adapter behind it when there is one. */
export interface SerialPortInfo {
  path: string;
  /** The udev name that survives re-plugging (`/dev/serial/by-id/usb-…`), best for configuration. */
  stablePath: string | null;
  vendorId: number | null;
  productId: number | null;
  /** Profiles whose USB id is the adapter's (a printer that shows as a USB serial port); otherwise the store picks the model. */
  profileIds: string[];
}

export interface SerialRoots {
  /** `/sys/class/tty` */
  sysTty: string;
  /** `/dev` */
  dev: string;
}

const DEFAULT_ROOTS: SerialRoots = { sysTty: '/sys/class/tty', dev: '/dev' };

/** Reads the hex id file of the nearest USB device above a sysfs path, if any. */
function usbIdAbove(path: string, file: 'idVendor' | 'idProduct'): number | null {
  for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, file);
    if (existsSync(candidate)) return Number.parseInt(readFileSync(candidate, 'utf8').trim(), 16);
  }
  return null;
}

/** Where a link points now; null for one left dangling (an adapter just pulled out, before udev removes its link). */
function targetOf(link: string): string | null {
  try {
    return realpathSync(link);
  } catch {
    return null;
  }
}

function stableNames(dev: string): Map<string, string> {
  const byId = join(dev, 'serial', 'by-id');
  if (!existsSync(byId)) return new Map();
  const names = new Map<string, string>();
  for (const name of readdirSync(byId)) {
    const target = targetOf(join(byId, name));
    if (target) names.set(target, join(byId, name));
  }
  return names;
}

/**
 * The serial ports with a real device behind them (`/sys/class/tty/<name>/device` exists: USB
 * adapters, on-board UARTs), read straight from sysfs: no helper program, so it works on the
 * appliance image and answers an empty list where there is no sysfs.
 */
export function listSerialPorts(profiles: DeviceProfile[], roots: SerialRoots = DEFAULT_ROOTS): SerialPortInfo[] {
  if (!existsSync(roots.sysTty)) return [];
  const stable = stableNames(roots.dev);
  return readdirSync(roots.sysTty)
    .map((name) => ({ name, device: targetOf(join(roots.sysTty, name, 'device')) }))
    .filter((tty): tty is { name: string; device: string } => tty.device !== null)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map(({ name, device }) => {
      const vendorId = usbIdAbove(device, 'idVendor');
      const productId = usbIdAbove(device, 'idProduct');
      const path = join(roots.dev, name);
      const matched = vendorId !== null && productId !== null ? matchUsbProfiles([{ vendorId, productId }], profiles).matches : [];
      return { path, stablePath: stable.get(path) ?? null, vendorId, productId, profileIds: matched.map((m) => m.profileId) };
    });
}
