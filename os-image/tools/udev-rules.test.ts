import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfiles } from '../../appliance/src/devices/profiles/loader.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { udevRules } from './udev-rules.js';

describe('OS image udev rules', () => {
  const profiles = loadProfiles();
  const committed = readFileSync(join(repoRoot(), 'os-image/rootfs/etc/udev/rules.d/70-chefia-devices.rules'), 'utf8');

  it('match the firmware profiles exactly (regenerate with npm run os-image:udev)', () => {
    expect(committed).toBe(udevRules(profiles));
  });

  it('give every USB profile a group rule and a stable /dev/chefia link', () => {
    const usbProfiles = profiles.filter((p) => p.transports.usb?.vendorId && p.transports.usb?.productId);
    expect(usbProfiles.length).toBeGreaterThan(0);
    for (const p of usbProfiles) {
      expect(committed).toContain(`SYMLINK+="chefia/${p.id}"`);
    }
    expect(committed).not.toMatch(/KERNEL=="ttyS/);
  });
});
