import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance, TEST_ADMIN_PASSWORD } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/** What the OS image's root scripts source to write the status (os-image/rootfs). */
const STATUS_LIB = join(repoRoot(), 'os-image', 'rootfs', 'usr', 'local', 'lib', 'chefia', 'update-status.sh');
const SCREENS = join(repoRoot(), 'out', 'screenshots');

/**
 * The back office's system update, as an administrator uses it on a store appliance whose OS image
 * installs bundles (CHEFIA_SYSTEM_UPDATES=1): the file chosen on the service dashboard, the effect
 * confirmed, the upload spooled and journaled; then what the image's root watcher and boot check
 * write (update-status.sh, run here as there) shown in pt-BR as it happens.
 */
describe('back office: Atualização do sistema', () => {
  let appliance: ApplianceProcess;
  let browser: Browser;
  let page: Page;
  let work: string;
  const spool = () => join(appliance.dataDir, 'system-update');
  const rootScript = (script: string) => execFileSync('sh', ['-eu', '-c', `. ${STATUS_LIB}; ${script}`], { env: { ...process.env, CHEFIA_UPDATE_SPOOL: spool(), CHEFIA_UPDATE_OWNER: `${process.getuid?.()}:${process.getgid?.()}` }, encoding: 'utf8' });

  beforeAll(async () => {
    // The store and the browser start side by side; whichever started is stopped after, even if the other failed.
    const [started, launched] = await Promise.allSettled([spawnAppliance({ env: { CHEFIA_DEMO: '0', CHEFIA_LOG_LEVEL: 'warn', CHEFIA_SYSTEM_UPDATES: '1' }, readyTimeoutMs: 120_000 }), launchChromium()]);
    if (started.status === 'fulfilled') appliance = started.value;
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'rejected') throw started.reason;
    if (launched.status === 'rejected') throw launched.reason;
    work = join(appliance.dataDir, 'e2e-files');
    mkdirSync(work, { recursive: true });
    mkdirSync(SCREENS, { recursive: true });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(20_000);
    // The page's own clock, running at real pace: the test moves it past the panel's 5 s status
    // poll instead of sitting through it, so the page still follows the update by itself.
    await page.clock.install();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
  });

  it('uploads the chosen bundle after the confirmation, shows it queued, then installing, then running, in pt-BR', async () => {
    // A stand-in bundle of 3 MiB (over the general 1 MiB body limit): the squashfs magic RAUC bundles start with.
    const bundle = Buffer.concat([Buffer.from('hsqs', 'latin1'), randomBytes(3 * 1024 * 1024 - 4)]);
    const file = join(work, 'chefia-update-0.2.0.raucb');
    writeFileSync(file, bundle);
    await page.goto(`${appliance.baseUrl}/admin`);
    await page.locator('#login-form [name=username]').fill('admin');
    await page.locator('#login-form [name=password]').fill(TEST_ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('#system-update #update-state').waitFor();
    expect(await page.locator('#update-state').textContent()).toBe('Nenhuma atualização enviada por aqui.');

    // Without a file the confirmation says what to do; with one it says what will happen first.
    await page.locator('#update-install').click();
    await page.locator('#update-confirm').click();
    expect(await page.locator('#system-update .error[role=alert]').textContent()).toBe('Escolha o arquivo de atualização (.raucb).');
    await page.locator('#update-file').setInputFiles(file);
    await page.locator('#update-install').click();
    expect(await page.locator('#update-confirm-text').textContent()).toContain('Se a nova versão não iniciar, o servidor volta sozinho para a versão atual.');
    await page.locator('#system-update').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENS, 'admin-system-update-confirm.png') });
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/system/updates') && r.request().method() === 'POST');
    await page.locator('#update-confirm').click();
    expect((await uploaded).status()).toBe(202);
    await expect.poll(() => page.locator('#update-state').getAttribute('data-state')).toBe('queued');
    expect(await page.locator('#system-update .ok[role=status]').textContent()).toBe('Arquivo enviado: o servidor confere e instala a atualização; acompanhe aqui.');
    expect(await page.locator('#update-install').isDisabled()).toBe(true);
    const sha256 = createHash('sha256').update(bundle).digest('hex');
    expect(createHash('sha256').update(readFileSync(join(spool(), 'bundle.raucb'))).digest('hex')).toBe(sha256);
    const audit = (await (await new ApiClient(appliance.baseUrl).login()).get('/audit?type=system.update_requested')).body.data as { aggregateId: string; actor: { id: string } }[];
    expect(audit.map((e) => e.aggregateId)).toEqual([sha256]);

    // The root watcher takes the bundle and installs it; the page follows by itself.
    renameSync(join(spool(), 'bundle.raucb'), join(work, 'taken-by-root.raucb'));
    rootScript(`update_status installing ${sha256} ${bundle.length} 0.2.0 "" 0.1.0 A`);
    await page.clock.fastForward(5_000);
    await expect.poll(() => page.locator('#update-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('installing');
    expect(await page.locator('#update-state').textContent()).toBe('Instalando a versão 0.2.0… As vendas continuam normalmente até o reinício.');
    await page.screenshot({ path: join(SCREENS, 'admin-system-update-installing.png') });

    // Installed, rebooted into it, marked good by the boot check: the new version runs.
    rootScript(`update_status running ${sha256} ${bundle.length} 0.2.0 "" 0.2.0 B`);
    await page.clock.fastForward(5_000);
    await expect.poll(() => page.locator('#update-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('running');
    expect(await page.locator('#update-state').textContent()).toBe('Versão 0.2.0 instalada e em uso.');
    expect(await page.locator('#update-running').textContent()).toBe('Versão em uso: 0.2.0 (partição B).');
    expect(await page.locator('#update-install').isDisabled()).toBe(false);
    await page.screenshot({ path: join(SCREENS, 'admin-system-update-running.png') });
    rmSync(work, { recursive: true, force: true });
  }, 120_000);
});
