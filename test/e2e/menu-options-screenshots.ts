import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/**
 * Makes the screenshots of combos, option groups and half-and-half from the demo store (with its
 * drawn product photos): docs/img/admin-combos.png and admin-option-groups.png (the back office's
 * menu at 1366×768), and docs/img/totem-modifiers.png, totem-upsell.png, totem-combo.png and
 * totem-half.png (the kiosk at 1080×1920). Run after `npm run build`:
 * `node dist/test/e2e/menu-options-screenshots.js`.
 */
async function main(): Promise<void> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  try {
    const admin = await new ApiClient(appliance.baseUrl).login();
    const shoot = async (page: Page, name: string) => {
      await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0));
      const file = join(repoRoot(), 'docs', 'img', `${name}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`wrote ${file}\n`);
    };

    const office = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    office.setDefaultTimeout(20_000);
    await office.goto(`${appliance.baseUrl}/admin#menu`);
    await office.locator('#login-form [name=username]').fill('gerente');
    await office.locator('#login-form [name=password]').fill('Gerente#2026');
    await office.keyboard.press('Enter');
    await office.locator('#products tbody tr').first().waitFor();
    const panel = office.locator('#option-groups');
    await panel.locator('[name=productId]').selectOption('prod-classic-burger');
    await panel.locator('[name=attach-group]').selectOption({ label: 'Borda — Pizza grande meio a meio' });
    await panel.locator('.attach-group').click();
    await panel.locator('[name=group-name]').nth(2).fill('Molhos');
    await panel.locator('[name=group-name]').nth(2).scrollIntoViewIfNeeded();
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(office, 'admin-option-groups');
    await panel.locator('[name=productId]').selectOption('prod-combo-classic');
    await panel.locator('#combo-items').waitFor();
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await office.evaluate(() => document.querySelector('.page')?.scrollBy(0, 60));
    await shoot(office, 'admin-combos');
    await office.close();

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    kiosk.setDefaultTimeout(20_000);
    const code = (await admin.post('/devices', { name: 'Totem da entrada', kind: 'KIOSK' })).body.data.pairingCode as string;
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
    await kiosk.locator('#attract').click();
    const choose = async (ids: string[]) => {
      for (const id of ids) await kiosk.locator(`#detail [data-option-id="${id}"]`).click();
    };
    await kiosk.locator('[data-product-id="prod-classic-burger"]').click();
    await choose(['medium', 'bacon', 'extra-cheese']);
    await shoot(kiosk, 'totem-modifiers');
    await kiosk.locator('#detail-add').click();
    await kiosk.locator('#offer').waitFor();
    await shoot(kiosk, 'totem-upsell');
    await kiosk.locator('#offer-accept').click();
    await choose(['side-rings', 'drink-juice']);
    await shoot(kiosk, 'totem-combo');
    await kiosk.locator('#detail-add').click();
    await kiosk.locator('[data-product-id="prod-pizza-half"]').click();
    await choose(['pepperoni', 'four-cheese', 'catupiry-crust']);
    await shoot(kiosk, 'totem-half');
  } finally {
    await browser.close();
    await appliance.stop();
  }
}

await main();
