
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * The kitchen screen's sign-in while the Wi-Fi is down: the cook reads in pt-BR that the appliance
 * did not answer, never the client's internal error code.
 */
describe('KDS: signing in without a link says so in pt-BR', () => {
  let appliance: ApplianceProcess;
  let browser: Browser;

  useDemoStoreInBrowser((store) => {
    ({ appliance, browser } = store);
  });

  it('the setup error names no English code', async () => {
    const kds = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    kds.setDefaultTimeout(15_000);
    await kds.goto(`${appliance.baseUrl}/kds`);
    await kds.locator('#setup-form input[name=username]').waitFor();
    await kds.context().setOffline(true);
    await kds.locator('#setup-form input[name=username]').fill('cozinha');
    await kds.locator('#setup-form input[name=password]').fill('Cozinha#2026');
    await kds.locator('#setup-form select[name=station]').selectOption('GRILL');
    await kds.locator('#setup-form button[type=submit]').click();
    const error = kds.locator('#setup-error');
    await error.waitFor();
    const text = (await error.textContent()) ?? '';
    expect(text).toMatch(/^Não foi possível entrar: /);
    expect(text).not.toMatch(/OFFLINE|Failed to fetch|NetworkError/);
    await kds.context().setOffline(false);
    await kds.close();
  }, 60_000);
});
