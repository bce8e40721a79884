import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

/**
 * Runs os-image/rootfs/usr/local/sbin/chefia-boot-check as at boot, in a sandbox: its data
 * partition, /proc/cmdline and /usr/share/chefia/version are temp paths; systemctl, rauc,
 * grub-editenv and sleep are stand-ins that log what the script asks of them.
 */
const BOOT_CHECK = join(repoRoot(), 'os-image/rootfs/usr/local/sbin/chefia-boot-check');
const STATUS_LIB = join(repoRoot(), 'os-image/rootfs/usr/local/lib/chefia/update-status.sh');

const dir = mkdtempSync(join(tmpdir(), 'boot-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function setup(): void {
  for (const sub of ['data/store/system-update', 'data/rauc', 'stub']) mkdirSync(join(dir, sub), { recursive: true });
  const stub = (name: string, body: string) => {
    writeFileSync(join(dir, 'stub', name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(dir, 'stub', name), 0o755);
  };
  stub('systemctl', `echo "systemctl $*" >>"${dir}/calls"\ncase "$1" in is-active) cat "${dir}/appliance-state"; [ "$(cat "${dir}/appliance-state")" = active ] ;; show) cat "${dir}/restarts" ;; *) exit 0 ;; esac`);
  stub('rauc', `echo "rauc $*" >>"${dir}/calls"`);
  stub('grub-editenv', `printf 'ORDER=B A\\nA_OK=1\\nA_TRY=0\\nB_OK=1\\nB_TRY=1\\n'`);
  stub('sleep', 'exit 0');
  writeFileSync(join(dir, 'cmdline'), 'BOOT_IMAGE=(hd0,gpt3)/vmlinuz root=PARTLABEL=chefia-root-b rauc.slot=B quiet\n');
  writeFileSync(join(dir, 'version'), '0.3.0\n');
  const script = readFileSync(BOOT_CHECK, 'utf8')
    .replaceAll('/usr/local/lib/chefia/update-status.sh', STATUS_LIB)
    .replaceAll('/proc/cmdline', join(dir, 'cmdline'))
    .replaceAll('/usr/share/chefia/version', join(dir, 'version'))
    .replaceAll('/var/lib/chefia', join(dir, 'data'));
  writeFileSync(join(dir, 'boot-check'), script);
}

function boot(applianceState: 'active' | 'failed' | 'activating', restarts = 0, readyLimitSeconds = 10): string[] {
  writeFileSync(join(dir, 'appliance-state'), `${applianceState}\n`);
  writeFileSync(join(dir, 'restarts'), `${restarts}\n`);
  writeFileSync(join(dir, 'calls'), '');
  try {
    execFileSync('sh', [join(dir, 'boot-check')], {
      env: {
        ...process.env,
        PATH: `${join(dir, 'stub')}:${process.env.PATH}`,
        CHEFIA_READY_LIMIT_SECONDS: String(readyLimitSeconds),
        CHEFIA_UPDATE_SPOOL: join(dir, 'data/store/system-update'),
        CHEFIA_UPDATE_OWNER: `${process.getuid?.()}:${process.getgid?.()}`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    // exit 1 when the appliance did not become ready: what matters is what it asked of rauc/systemctl.
  }
  return readFileSync(join(dir, 'calls'), 'utf8').split('\n').filter(Boolean);
}

describe('chefia-boot-check on a slot that has run this version for months', () => {
  // HARM: the boot check judges every boot as if it were the first boot of a new update. A store
  // updated to 0.3.0 (slot B, marked good, selling for months; its database migrated by 0.3.0) has
  // one boot where the appliance does not come up in time or crash-loops (a printer driver crash
  // at start, the disk full, a long checkpoint on an old eMMC...). chefia-boot-check then marks
  // slot B bad and reboots into slot A, the version from before the update. That older version
  // finds 0.3.0's migrations in the database and refuses to start (exit 3): the store is down, and
  // power-cycling no longer helps because B is now marked bad: GRUB keeps booting A. What was a
  // transient problem becomes a technician's visit with an update stick. Falling back is only
  // right on the boot that tries a newly installed slot.
  it('does not mark the slot bad nor reboot into the older slot when it was already confirmed', () => {
    setup();
    const first = boot('active');
    expect(first).toContain('rauc status mark-good booted');
    expect(existsSync(join(dir, 'data/store/system-update/status.json'))).toBe(true);

    const later = boot('failed');
    expect(later).not.toContain('rauc status mark-bad booted');
    expect(later).not.toContain('systemctl reboot');
  });

  // The other side of the same rule: the first boots of a newly installed slot still fall back.
  // Installing writes the slot that is not running and deletes its confirmation (chefia-update-spool,
  // chefia-update-media), so a bundle of the same version as before is judged as new too.
  it('still marks a newly installed slot bad and reboots into the previous one when it fails', () => {
    setup();
    expect(boot('active')).toContain('rauc status mark-good booted');
    rmSync(join(dir, 'data/rauc/confirmed-B'));
    const failed = boot('failed');
    expect(failed).toContain('rauc status mark-bad booted');
    expect(failed).toContain('systemctl reboot');
  });

  // The appliance unit never stops restarting (no start limit: a transient crash loop no longer
  // leaves a store without its appliance until a power cycle), so a crash loop never reads
  // `failed`. The boot check counts the restarts instead, and a broken update still rolls back in
  // about a minute rather than after the whole 15-minute wait for `ready`.
  it('falls back from a new slot whose appliance keeps restarting, without waiting out the ready limit', () => {
    setup();
    const crashLooping = boot('activating', 5, 900);
    expect(crashLooping).toContain('rauc status mark-bad booted');
    expect(crashLooping).toContain('systemctl reboot');
    expect(crashLooping.filter((call) => call.startsWith('systemctl is-active'))).toHaveLength(1);
  });

  it('keeps a confirmed slot whose appliance keeps restarting, and lets the unit go on restarting it', () => {
    setup();
    expect(boot('active')).toContain('rauc status mark-good booted');
    const crashLooping = boot('activating', 7);
    expect(crashLooping).not.toContain('rauc status mark-bad booted');
    expect(crashLooping).not.toContain('systemctl reboot');
    expect(crashLooping.filter((call) => /systemctl (stop|kill|disable)/.test(call))).toEqual([]);
  });
});
