
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * The kitchen screen's sign-in while the Wi-Fi is down: the cook reads in pt-BR that the appliance
 * did not answer, never the client's internal error code. A screen switched on before the
 * appliance answers says so in pt-BR too, and comes up by itself once it does.
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

  it('a screen that cannot load its texts at start says so in pt-BR and comes up by itself once the appliance answers', async () => {
    const kds = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    kds.setDefaultTimeout(15_000);
    let refused = 0;
    await kds.route('**/kds/config.json', async (route) => {
      if (refused++ === 0) return route.abort('connectionrefused');
      return route.continue();
    });
    await kds.goto(`${appliance.baseUrl}/kds`);
    const banner = kds.locator('#banner');
    await banner.waitFor();
    const text = (await banner.textContent()) ?? '';
    expect(text).toMatch(/servidor da loja/);
    expect(text).not.toMatch(/Failed to fetch|NetworkError|TypeError/);
    // The next try reaches the appliance: the sign-in appears, no reload by hand.
    await kds.locator('#setup-form input[name=username]').waitFor({ timeout: 20_000 });
    await kds.close();
  }, 60_000);
});
