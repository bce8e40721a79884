import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

const read = (path: string) => readFileSync(join(repoRoot(), 'os-image', path), 'utf8');

describe('data partition check at boot after years of power cuts', () => {
  // HARM: /var/lib/chefia is checked at every boot (fstab pass 2) by systemd-fsck, which by default
  // only "preens" (fsck -a). When an old eMMC or a power cut at the wrong moment leaves an
  // inconsistency preen may not fix ("UNEXPECTED INCONSISTENCY; RUN fsck MANUALLY"), the mount
  // fails and the box stops in emergency mode; the image's root account is locked and there is no
  // SSH, so sulogin only says the root account is locked: nobody in the store or on site can run
  // fsck. The only way out the README offers is flashing the disk again, which replaces the data
  // partition: the store loses its database, backups and the NFC-e XML it must keep for 5 years.
  // An unattended appliance should let fsck repair by itself (kernel `fsck.repair=yes`).
  it('lets the boot-time fsck repair the data partition unattended', () => {
    const fstab = read('rootfs/etc/fstab');
    const data = fstab.split('\n').find((l) => /^PARTLABEL=chefia-data\s/.test(l));
    expect(data?.trim().split(/\s+/)[5]).toBe('2');
    const linux = read('boot/grub.cfg').split('\n').find((l) => /^\s*linux\s/.test(l)) ?? '';
    expect(linux).toMatch(/\bfsck\.repair=yes\b/);
  });
});
