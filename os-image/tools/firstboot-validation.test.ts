import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { passwordPolicyViolations } from '../../appliance/src/auth/index.js';
import { ConfigError, loadConfig } from '../../appliance/src/kernel/config.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

/**
 * Runs os-image/rootfs/usr/local/sbin/chefia-firstboot as it runs on the mini-PC's first boot, in a
 * sandbox: a copy whose data partition (/var/lib/chefia), tty1 and console are temp paths, with
 * stand-ins for blkid/mount/umount (one "USB stick": a directory) and for install/chown/chgrp (no
 * `chefia` user here). The console dialog runs on a real pseudo-terminal (util-linux `script`), so
 * its `read </dev/tty` get the technician's typed lines one by one.
 */
const FIRSTBOOT = join(repoRoot(), 'os-image/rootfs/usr/local/sbin/chefia-firstboot');

const STUBS: Record<string, string> = {
  blkid: '#!/bin/sh\ncase "$*" in "-o device") [ -n "${FAKE_STICK:-}" ] && echo /dev/fake-stick ;; *) echo "" ;; esac\nexit 0\n',
  mount: '#!/bin/sh\neval "dir=\\${$#}"\n[ -n "${FAKE_STICK:-}" ] || exit 32\ncp -R "$FAKE_STICK"/. "$dir"/\n',
  umount: '#!/bin/sh\nfind "$1" -mindepth 1 -delete\n',
  install: '#!/bin/sh\nargs=""\nwhile [ $# -gt 0 ]; do case "$1" in -o|-g) shift 2 ;; *) args="$args $1"; shift ;; esac; done\nexec /usr/bin/install $args\n',
  chown: '#!/bin/sh\nexit 0\n',
  chgrp: '#!/bin/sh\nexit 0\n',
};

interface Run {
  dir: string;
  env: Record<string, string> | null;
  a1: Buffer | null;
}

const sandboxes: string[] = [];
afterEach(() => {
  for (const dir of sandboxes.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function runFirstboot(options: { typed?: string[]; stick?: Record<string, string> }): Run {
  const dir = mkdtempSync(join(tmpdir(), 'firstboot-'));
  sandboxes.push(dir);
  for (const sub of ['data/config', 'data/store', 'stub']) mkdirSync(join(dir, sub), { recursive: true });
  for (const [name, text] of Object.entries(STUBS)) {
    writeFileSync(join(dir, 'stub', name), text);
    chmodSync(join(dir, 'stub', name), 0o755);
  }
  const script = readFileSync(FIRSTBOOT, 'utf8')
    .replaceAll('/var/lib/chefia', join(dir, 'data'))
    .replaceAll('/dev/tty1', join(dir, 'tty1'))
    .replaceAll('/dev/console', join(dir, 'console'));
  writeFileSync(join(dir, 'firstboot'), script);
  const env: Record<string, string> = { ...(process.env as Record<string, string>), PATH: `${join(dir, 'stub')}:${process.env.PATH}` };
  if (options.stick) {
    mkdirSync(join(dir, 'stick'));
    for (const [name, content] of Object.entries(options.stick)) writeFileSync(join(dir, 'stick', name), content);
    env.FAKE_STICK = join(dir, 'stick');
  }
  execFileSync('timeout', ['30', 'script', '-qec', `sh ${join(dir, 'firstboot')}`, '/dev/null'], {
    env,
    input: (options.typed ?? []).map((line) => `${line}\n`).join(''),
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const envFile = join(dir, 'data/config/appliance.env');
  const a1File = join(dir, 'data/store/fiscal/a1.pfx');
  return {
    dir,
    // The plain KEY=value lines chefia-firstboot writes, read as systemd's EnvironmentFile= does for them.
    env: existsSync(envFile)
      ? Object.fromEntries(
          readFileSync(envFile, 'utf8')
            .split('\n')
            .filter((l) => l.includes('='))
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        )
      : null,
    a1: existsSync(a1File) ? readFileSync(a1File) : null,
  };
}

/** What the appliance does with /etc/chefia/appliance.env at start (main.ts: exit 2 on a ConfigError). */
function applianceRefuses(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`);
    throw error;
  }
  const policy = env.CHEFIA_ADMIN_PASSWORD ? passwordPolicyViolations(env.CHEFIA_ADMIN_PASSWORD) : [];
  return policy.length > 0 ? [`CHEFIA_ADMIN_PASSWORD: ${policy.join(', ')}`] : [];
}

describe('chefia-firstboot: what the technician typed or put on the stick', () => {
  // HARM: chefia-firstboot writes the answers into appliance.env without checking them against what
  // the appliance accepts (kernel/config.ts: CHEFIA_STORE_ID ^[a-z0-9][a-z0-9-]*$, an IANA zone, a URL
  // for the relay; auth/bootstrap.ts: the admin password policy). A technician who types the store
  // code as "Loja Centro" (the prompt merely says lower-case) gets a box whose appliance exits 2 at
  // every start: Restart=on-failure burns the start limit, chefia-boot-check finds no other good
  // slot, and the store never sells. Re-provisioning means deleting /etc/chefia/appliance.env, but
  // the image has no shell for it (root locked, no SSH): the disk must be flashed again, on site.
  it('does not accept a store code the appliance refuses (typed on the console)', () => {
    // Lines a fixed dialog would take as a retry stay valid for the current one's next questions.
    const run = runFirstboot({ typed: ['Loja Centro', 'loja-centro', 'America/Sao_Paulo', '', '', '', '', ''] });
    expect(run.env === null ? [] : applianceRefuses(run.env)).toEqual([]);
  });

  it('does not accept a time zone the appliance refuses (typed on the console)', () => {
    // "America/Sao Paulo" (a space for the underscore) also leaves /etc/localtime dangling: the box runs on UTC.
    const run = runFirstboot({ typed: ['loja-1', 'Cantina da Nona', 'America/Sao Paulo', '', '', '', ''] });
    expect(run.env === null ? [] : applianceRefuses(run.env)).toEqual([]);
  });

  it('does not write a provisioning file the appliance refuses into appliance.env', () => {
    const run = runFirstboot({
      stick: {
        'chefia-provision.env': 'CHEFIA_STORE_ID=Loja_Centro\nCHEFIA_STORE_NAME=Restaurante Centro\nCHEFIA_TIME_ZONE=America/Sao_Paulo\nCHEFIA_ADMIN_PASSWORD=troque123\n',
      },
    });
    expect(run.env === null ? [] : applianceRefuses(run.env)).toEqual([]);
  });

  // HARM (found with the certificate prompt): after asking the certificate's file name,
  // chefia-firstboot ignored it and copied the first `*.pfx` (case-sensitive) on the stick, so a
  // store could get another company's A1 or none; and what it wrote (fiscal/provisioned.env,
  // a1.pfx) was read by nothing in the appliance, leaving the A1 password and CSC in clear text.
  // The fiscal setup now belongs to the back office's Fiscal page alone: the first boot asks no
  // fiscal question and copies no certificate, whatever the stick holds.
  it('asks no fiscal questions on the console and installs no certificate from the stick', () => {
    const run = runFirstboot({
      typed: ['loja-1', 'Cantina', '', ''],
      stick: { 'CERTIFICADO.PFX': 'the store A1 certificate', 'aaa-outro-cliente.pfx': 'ANOTHER company A1' },
    });
    expect(run.env).not.toBeNull();
    expect(applianceRefuses(run.env ?? {})).toEqual([]);
    expect(run.env?.CHEFIA_STORE_ID).toBe('loja-1');
    expect(run.a1).toBeNull();
    expect(existsSync(join(run.dir, 'data/store/fiscal/provisioned.env'))).toBe(false);
  });

  it('provisions the store from a file with fiscal keys of an older image, ignoring them', () => {
    const run = runFirstboot({
      stick: {
        'chefia-provision.env':
          'CHEFIA_STORE_ID=loja-centro\nCHEFIA_STORE_NAME=Restaurante Centro\nCHEFIA_TIME_ZONE=America/Sao_Paulo\nCHEFIA_ADMIN_PASSWORD=Troque#2026agora\n' +
          'CHEFIA_CNPJ=12345678000195\nCHEFIA_CSC_ID=000001\nCHEFIA_CSC_TOKEN=CSC-TOKEN\nCHEFIA_A1_CERTIFICATE=cantina.pfx\nCHEFIA_A1_PASSWORD=senha-do-a1\n',
        'cantina.pfx': 'the store A1 certificate',
      },
    });
    expect(run.env?.CHEFIA_STORE_ID).toBe('loja-centro');
    expect(applianceRefuses(run.env ?? {})).toEqual([]);
    expect(run.a1).toBeNull();
    expect(existsSync(join(run.dir, 'data/store/fiscal/provisioned.env'))).toBe(false);
    expect(readFileSync(join(run.dir, 'tty1'), 'utf8')).toMatch(/ignoradas/);
  });

  it('writes nothing and names each wrong setting of a provisioning file', () => {
    const run = runFirstboot({
      stick: { 'chefia-provision.env': 'CHEFIA_STORE_ID=Loja_Centro\nCHEFIA_TIME_ZONE=America/Sao Paulo\nCHEFIA_RELAY_URL=relay.exemplo.com\nCHEFIA_ADMIN_PASSWORD=troque123\n' },
    });
    expect(run.env).toBeNull();
    const console = readFileSync(join(run.dir, 'console'), 'utf8');
    for (const variable of ['CHEFIA_STORE_ID', 'CHEFIA_TIME_ZONE', 'CHEFIA_RELAY_URL', 'CHEFIA_ADMIN_PASSWORD']) expect(console).toContain(`${variable}:`);
    expect(console).toMatch(/nada foi gravado/);
  });
});
