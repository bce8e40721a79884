import type { DeviceProfile } from './profiles/schema.js';

/** What the appliance knows about a plugged-in USB device; a plain value so matching is testable without hardware. */
export interface UsbDescriptor {
  vendorId: number;
  productId: number;
  bus?: string;
  address?: number;
  manufacturerName?: string | null;
  productName?: string | null;
  serialNumber?: string | null;
}

export interface UsbMatch {
  profileId: string;
  kind: DeviceProfile['kind'];
  device: UsbDescriptor;
}

export interface UsbScan {
  matches: UsbMatch[];
  unmatched: UsbDescriptor[];
  /** Set when USB enumeration is unavailable (no /sys/bus/usb in a container, permissions): never a crash. */
  error?: string;
}

const parseHex = (hex: string): number => Number.parseInt(hex.slice(2), 16);

export function formatUsbId(id: number): string {
  return `0x${id.toString(16).padStart(4, '0')}`;
}

/**
 * Matches devices to profiles by exact VID:PID. Profiles with an unknown product id never match:
 * claiming every device of a vendor would grab scanners and printers alike.
 */
export function matchUsbProfiles(devices: UsbDescriptor[], profiles: DeviceProfile[]): Omit<UsbScan, 'error'> {
  const byId = new Map<string, DeviceProfile[]>();
  for (const profile of profiles) {
    const usb = profile.transports.usb;
    if (!usb || usb.productId === null) continue;
    const key = `${parseHex(usb.vendorId)}:${parseHex(usb.productId)}`;
    byId.set(key, [...(byId.get(key) ?? []), profile]);
  }
  const matches: UsbMatch[] = [];
  const unmatched: UsbDescriptor[] = [];
  for (const device of devices) {
    const candidates = byId.get(`${device.vendorId}:${device.productId}`) ?? [];
    if (candidates.length === 0) unmatched.push(device);
    // Several models can share a VID:PID (Epson TM series); all are reported and configuration picks one.
    for (const profile of candidates) matches.push({ profileId: profile.id, kind: profile.kind, device });
  }
  return { matches, unmatched };
}

/** Enumerates USB devices with the `usb` package (WebUSB-style API of usb@3). */
export async function listUsbDevices(): Promise<UsbDescriptor[]> {
  const { usb } = await import('usb');
  const devices = await usb.getDevices();
  return devices.map((device) => {
    const d = device as unknown as UsbDescriptor;
    return {
      vendorId: d.vendorId,
      productId: d.productId,
      bus: d.bus,
      address: d.address,
      manufacturerName: d.manufacturerName ?? null,
      productName: d.productName ?? null,
      serialNumber: d.serialNumber ?? null,
    };
  });
}

export async function detectUsbDevices(
  profiles: DeviceProfile[],
  list: () => Promise<UsbDescriptor[]> = listUsbDevices,
): Promise<UsbScan> {
  try {
    return matchUsbProfiles(await list(), profiles);
  } catch (err) {
    return { matches: [], unmatched: [], error: (err as Error).message };
  }
}
