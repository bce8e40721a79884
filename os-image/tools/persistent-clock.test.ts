import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

const read = (path: string) => readFileSync(join(repoRoot(), 'os-image', path), 'utf8');

describe('store clock across power cuts', () => {
  // HARM: /var is a tmpfs (kernel `systemd.volatile=state`), so systemd-timesyncd's "last known
  // time" (/var/lib/systemd/timesync/clock, whose mtime it restores at start when the RTC is
  // behind) is lost at every boot. Cheap mini-PCs' RTC coin cells die after a few years: after a
  // power cut such a box comes up at the RTC's reset date or, at best, systemd's build-time epoch
  // (the Debian package's release date), months or years behind. With the store's internet down
  // (common after a blackout) nothing corrects it: the appliance (not ordered after
  // time-sync.target, and with no clock guard of its own) starts selling with orders, cash-drawer
  // closings, audit entries and NFC-e dhEmi dated in the past; sessions and the A1 certificate's
  // validity are judged against that date. Keeping timesyncd's state on the data partition (as the
  // journal is) makes the clock at least never go back past the last time the box was running.
  it("keeps systemd-timesyncd's last-known time on the data partition", () => {
    expect(read('boot/grub.cfg')).toContain('systemd.volatile=state');
    expect(read('packages')).toMatch(/^systemd-timesyncd$/m);
    const mounts = read('rootfs/etc/fstab')
      .split('\n')
      .filter((l) => l.trim() && !l.trim().startsWith('#'))
      .map((l) => l.trim().split(/\s+/)[1]);
    expect(mounts.some((target) => target === '/var/lib/systemd/timesync' || target === '/var/lib/systemd')).toBe(true);
  });
});
