import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TefManagerSimulator } from '../../appliance/src/devices/tef/index.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { bumpOrder, openTable, tapProduct, waiterPhone } from './waiter-steps.js';

/**
 * Makes docs/img/garcom-*.png, the waiter app on a 360×740 phone in the demo store: the PIN login,
 * the floor plan with tables in every state, a table with two rounds, the menu with a round being
 * taken, the half-and-half options, the split by seat, the pré-conta with the 10 % service (on, and declined), and a
 * part charged at the table on the card terminal (the TEF simulator): ready, waiting, declined.
 * Run after `npm run build`: `node dist/test/e2e/waiter-screenshots.js`.
 */
async function main(): Promise<void> {
  const tefDir = mkdtempSync(join(tmpdir(), 'chefia-garcom-tef-'));
  const tefDirs = { reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') };
  const tef = new TefManagerSimulator(tefDirs);
  await tef.start();
  const terminal = { CHEFIA_TEF_DIAL_REQ_DIR: tefDirs.reqDir, CHEFIA_TEF_DIAL_RESP_DIR: tefDirs.respDir };
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', ...terminal }, readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  try {
    const admin = await new ApiClient(appliance.baseUrl).login();
    const shoot = async (page: Page, name: string) => {
      const file = join(repoRoot(), 'docs', 'img', `garcom-${name}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`wrote ${file}\n`);
    };
    const { timeZone: _zone, updatedAt: _saved, ...store } = (await admin.get('/store')).body.data;
    await admin.call('PUT', '/store', { ...store, serviceChargeBp: 1000 });

    // The rest of the floor, as other waiters left it.
    const tabOn = async (tableId: string, guests: number, items: string[]) => {
      const tab = (await admin.post(`/tables/${tableId}/tab`, { guests })).body.data as { id: string; primaryOrderId: string };
      if (items.length > 0) await admin.post(`/tabs/${tab.id}/rounds`, { items: items.map((productId) => ({ productId, quantity: 1 })) });
      return tab;
    };
    await tabOn('table-1', 2, ['prod-fries', 'prod-coke']);
    const ready = await tabOn('table-2', 4, ['prod-onion-rings']);
    await bumpOrder(admin, ready.primaryOrderId);
    await tabOn('table-3', 2, []);
    const paying = await tabOn('table-6', 5, ['prod-brownie']);
    await admin.post(`/tabs/${paying.id}/request-bill`);
    await admin.post('/tables/table-7/reservation', { reserved: true });

    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular do Gustavo', (page) => shoot(page, 'login'));
    await phone.locator('#floor [data-table-id="table-6"][data-status="BILL"]').waitFor();
    await phone.locator('#floor [data-table-id="table-2"][data-status="READY"]').waitFor();
    await shoot(phone, 'mesas');

    await openTable(phone, 'table-4', 3);
    await phone.locator('#add-items').click();
    await tapProduct(phone, 'prod-classic-burger', 1, { note: 'sem cebola' });
    await tapProduct(phone, 'prod-coke', 1);
    await phone.locator('#menu .seats [data-seat="2"]').click();
    await phone.locator('#menu [data-product-id="prod-pizza-half"]').click();
    for (const i of [0, 1]) await phone.locator('#options-form fieldset').first().locator('input').nth(i).check();
    await shoot(phone, 'opcoes');
    await phone.locator('#options-add').click();
    await tapProduct(phone, 'prod-orange-juice', 3);
    await shoot(phone, 'cardapio');
    await phone.locator('#menu-done').click();
    await phone.locator('#send-round').click();
    await phone.locator('#items .item').nth(3).waitFor();
    const table = (await admin.get('/tables/table-4')).body.data as { currentTabId: string };
    const tab = (await admin.get(`/tabs/${table.currentTabId}`)).body.data as { primaryOrderId: string };
    await bumpOrder(admin, tab.primaryOrderId);
    await phone.locator('#table[data-status="READY"]').waitFor();
    await phone.locator('#add-items').click();
    await tapProduct(phone, 'prod-fries', 3);
    await phone.locator('#menu-done').click();
    await phone.locator('#send-round').click();
    await phone.locator('#items .item').nth(4).waitFor();
    await phone.locator('#notice').waitFor({ state: 'detached', timeout: 10_000 });
    await shoot(phone, 'mesa');

    await phone.locator('#more').click();
    await phone.locator('#split').click();
    await phone.locator('#split-parts .part').nth(2).waitFor();
    await shoot(phone, 'divisao');
    await phone.locator('#split-sheet button', { hasText: 'Voltar' }).click();
    await phone.locator('#request-bill').click();
    await phone.locator('#bill-sheet').waitFor();
    await shoot(phone, 'conta');
    // The guests decline the service charge: the switch goes off and the amount due is the goods only; then back on.
    await phone.locator('#service-charge-toggle').click();
    await phone.locator('#service-charge[data-on="false"]').waitFor();
    await shoot(phone, 'conta-sem-servico');
    await phone.locator('#service-charge-toggle').click();
    await phone.locator('#service-charge[data-on="true"]').waitFor();

    await phone.locator('#bill-sheet button', { hasText: 'Voltar' }).click();
    await phone.locator('#split').click();
    await phone.locator('#split-parts .charge[data-part="table 4 seat 1"]').click();
    await phone.locator('#pay-sheet').waitFor();
    await shoot(phone, 'cobranca');
    // The terminal's manager paused while the customer is at it: the sheet waits and says what to do.
    await tef.stop();
    tef.setScenario('decline');
    await phone.locator('#pay-charge').click();
    await phone.locator('#pay-progress').waitFor();
    await shoot(phone, 'cobranca-aguardando');
    await tef.start();
    await phone.locator('#pay-error').waitFor();
    await shoot(phone, 'cobranca-negada');
  } finally {
    await browser.close();
    await appliance.stop();
    await tef.stop();
    rmSync(tefDir, { recursive: true, force: true });
  }
}

await main();
