import { describe, expect, it } from 'vitest';
import { loadProfiles } from './profiles/loader.js';
import { detectUsbDevices, formatUsbId, matchUsbProfiles, type UsbDescriptor } from './usb-detect.js';

const profiles = loadProfiles();
const device = (vendorId: number, productId: number, productName = 'x'): UsbDescriptor => ({ vendorId, productId, productName });

describe('USB autodetection', () => {
  it('matches an Epson TM-T20 and an Elgin i9 by exact VID:PID', () => {
    const { matches, unmatched } = matchUsbProfiles([device(0x04b8, 0x0e03), device(0x20d1, 0x7008)], profiles);
    expect(matches.map((m) => [m.profileId, m.kind])).toEqual([
      ['epson-tm-t20', 'printer'],
      ['elgin-i9', 'printer'],
    ]);
    expect(unmatched).toEqual([]);
  });

  it('does not claim a device whose vendor matches but product does not', () => {
    const unknownEpson = device(0x04b8, 0x9999);
    const { matches, unmatched } = matchUsbProfiles([unknownEpson], profiles);
    expect(matches).toEqual([]);
    expect(unmatched).toEqual([unknownEpson]);
  });

  it('never matches profiles whose product id is unknown (Epson TM-T900, Honeywell Voyager)', () => {
    const t900 = profiles.find((p) => p.id === 'epson-tm-t900')!;
    expect(t900.transports.usb?.productId).toBeNull();
    const { matches } = matchUsbProfiles([device(0x04b8, 0x0000), device(0x0c2e, 0x0000)], profiles);
    expect(matches).toEqual([]);
  });

  it('matches HID scanners too, so the UI can say it stays on the terminal', () => {
    const { matches } = matchUsbProfiles([device(0x05e0, 0x1200)], profiles);
    expect(matches).toEqual([{ profileId: 'zebra-ds2208', kind: 'scanner', device: device(0x05e0, 0x1200) }]);
  });

  it('reports enumeration failure as a value instead of throwing', async () => {
    const scan = await detectUsbDevices(profiles, async () => {
      throw new Error('/sys/bus/usb/devices/ not found');
    });
    expect(scan).toEqual({ matches: [], unmatched: [], error: '/sys/bus/usb/devices/ not found' });
  });

  it('formats ids the way profiles spell them', () => {
    expect(formatUsbId(0x4b8)).toBe('0x04b8');
  });
});
