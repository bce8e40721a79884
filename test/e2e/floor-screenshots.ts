import { join } from 'node:path';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/**
 * Makes docs/img/painel.png (the order board at 1920×1080 with orders in both columns, one just
 * ready), docs/img/cliente.png (the customer display at 1024×600 mirroring a cart) and
 * docs/img/totem.png (the kiosk at 1080×1920 with an order being built) from the demo store. Run after `npm run build`: `node dist/test/e2e/floor-screenshots.js`.
 */
async function main(): Promise<void> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  try {
    const admin = await new ApiClient(appliance.baseUrl).login();
    const pairingCode = async (name: string, kind = 'CUSTOMER_DISPLAY') => (await admin.post('/devices', { name, kind })).body.data.pairingCode as string;
    const shoot = async (page: import('playwright-core').Page, name: string) => {
      const file = join(repoRoot(), 'docs', 'img', `${name}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`wrote ${file}\n`);
    };

    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await board.goto(`${appliance.baseUrl}/painel?pair=${await pairingCode('Painel do balcão')}`);
    await board.locator('#preparing').waitFor();
    const orders = [];
    for (let i = 0; i < 7; i++) {
      const created = await admin.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
      orders.push((await admin.post(`/orders/${created.body.data.id}/confirm`)).body.data);
    }
    for (const order of orders.slice(0, 3)) {
      for (const ticket of [...order.kitchenTickets].sort((a: { kind: string }, b: { kind: string }) => Number(a.kind === 'EXPO') - Number(b.kind === 'EXPO'))) {
        await admin.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'bump' });
      }
    }
    await board.locator(`#ready [data-number="${orders[2].number}"].fresh`).waitFor();
    await shoot(board, 'painel');

    const pos = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await pos.goto(`${appliance.baseUrl}/pos`);
    await pos.locator('#setup-form input[name=username]').fill('caixa');
    await pos.locator('#setup-form input[name=password]').fill('Caixa#2026');
    await pos.keyboard.press('Enter');
    await pos.locator('#drawer-form').waitFor();
    await pos.keyboard.type('100,00');
    await pos.keyboard.press('Enter');
    await pos.locator('#search').waitFor();
    // The customer display follows its own till only: opened with the till's code (F1 on the till shows it).
    const terminal = await pos.evaluate(() => localStorage.getItem('chefia.pos.terminal'));
    const display = await browser.newPage({ viewport: { width: 1024, height: 600 } });
    await display.goto(`${appliance.baseUrl}/cliente?pair=${await pairingCode('Tela do cliente caixa 1')}&terminal=${terminal}`);
    await display.locator('#idle').waitFor();
    for (const name of ['Coca-Cola', 'Batata frita']) {
      await pos.keyboard.press('F2');
      await pos.keyboard.type(name);
      await pos.keyboard.press('Enter');
      await pos.locator('#options-form').waitFor({ timeout: 1000 }).then(() => pos.keyboard.press('Enter'), () => undefined);
    }
    await display.locator('#cart .line').nth(1).waitFor();
    await shoot(display, 'cliente');

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${await pairingCode('Totem da entrada', 'KIOSK')}`);
    await kiosk.locator('#attract').click();
    for (const id of ['prod-fries', 'prod-coke', 'prod-coke']) await kiosk.locator(`[data-product-id="${id}"]`).click();
    await shoot(kiosk, 'totem');
  } finally {
    await browser.close();
    await appliance.stop();
  }
}

await main();
