import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';

/**
 * The OS image ships `/opt/chefia` as `os-image/build.sh` stages it: package.json, the compiled
 * `dist` (with the built web apps in `dist/web`), `appliance/bin`, the firmware profiles and production
 * node_modules, and
 * no `appliance/src`. Staged the same way here (node_modules linked, not reinstalled), the
 * appliance must serve its screens from `dist` alone.
 */
describe('the appliance staged like the OS image (no appliance/src)', () => {
  const stage = mkdtempSync(join(tmpdir(), 'chefia-stage-'));
  let appliance: ApplianceProcess;
  let browser: Browser;

  beforeAll(async () => {
    const root = repoRoot();
    for (const part of ['package.json', 'package-lock.json', 'firmware-profiles']) cpSync(join(root, part), join(stage, part), { recursive: true });
    mkdirSync(join(stage, 'dist'));
    for (const part of ['appliance', 'web']) cpSync(join(root, 'dist', part), join(stage, 'dist', part), { recursive: true });
    cpSync(join(root, 'appliance', 'bin'), join(stage, 'appliance', 'bin'), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(stage, 'node_modules'));
    expect(existsSync(join(stage, 'appliance', 'src'))).toBe(false);
    appliance = await spawnAppliance({ installDir: stage, env: { CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
    rmSync(stage, { recursive: true, force: true });
  });

  it('serves /kds, /admin and /pos from dist, and every page starts in Chromium', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    page.setDefaultTimeout(15_000);
    for (const [path, form] of [
      ['/kds', '#setup-form'],
      ['/admin', '#login-form'],
      ['/pos', '#setup-form'],
    ]) {
      const res = await page.goto(`${appliance.baseUrl}${path}`);
      expect(res?.status(), path).toBe(200);
      await page.locator(form).waitFor();
    }
    expect(await page.locator('#setup-form h1').textContent()).toBe('Configurar este caixa');
  }, 60_000);
});
