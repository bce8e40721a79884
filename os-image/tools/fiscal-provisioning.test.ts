import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';

const read = (path: string) => readFileSync(join(repoRoot(), 'os-image', path), 'utf8');

describe('fiscal answers at first boot', () => {
  // HARM: chefia-firstboot asked the technician for the CNPJ, the CSC id and token, the A1
  // certificate from a USB stick and its password, and wrote them to <dataDir>/fiscal/provisioned.env
  // and fiscal/a1.pfx; os-image/README.md said the back office's Fiscal wizard was completed from
  // them. Nothing in the appliance read provisioned.env: the wizard (appliance/src/fiscal/settings-
  // wizard.ts, web/admin/pages/FiscalPage.tsx) requires the .pfx uploaded again, the password, CNPJ
  // and CSC typed again, and overwrites a1.pfx; it also needs the IE, address and tax regime, which
  // the first boot never had. So the store could not issue NFC-e after a "complete" first boot, and
  // the A1 password and CSC stayed in clear text on the data partition, used by nothing. The fiscal
  // setup is now the Fiscal page's alone: the first boot neither asks for it nor promises it.
  it('chefia-firstboot neither asks nor writes fiscal settings, and the docs do not promise it', () => {
    const firstboot = read('rootfs/usr/local/sbin/chefia-firstboot');
    expect(firstboot).not.toContain('provisioned.env');
    expect(firstboot).not.toMatch(/\bask\w* "(CNPJ|CSC|Identificador do CSC|Nome do arquivo do certificado)/);
    expect(firstboot).not.toMatch(/a1\.pfx|\.pfx/);
    const example = read('rootfs/usr/share/chefia/chefia-provision.env.example');
    expect(example).not.toMatch(/^#?\s*CHEFIA_(CNPJ|CSC_ID|CSC_TOKEN|A1_CERTIFICATE|A1_PASSWORD)=/m);
    const readme = read('README.md');
    expect(readme).not.toContain('provisioned.env');
    expect(readme).toMatch(/fiscal setup[^.]*is not\s+part of the first boot/);
  });

  it('removes, at every boot, the clear-text fiscal answers an earlier image\'s first boot left on the data partition', () => {
    const unit = read('rootfs/etc/systemd/system/chefia-data-dirs.service');
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/rm -f \/var\/lib\/chefia\/store\/fiscal\/provisioned\.env$/m);
    // The unit runs at every boot: the data partition's bind mounts require it.
    expect(read('rootfs/etc/fstab')).toMatch(/x-systemd\.requires=chefia-data-dirs\.service/);
  });
});
