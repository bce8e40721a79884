import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gtinCheckDigit } from '../../appliance/src/catalog/index.js';
import { TefManagerSimulator } from '../../appliance/src/devices/tef/index.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/**
 * Makes docs/img/pos-drawer.png, pos-sale.png (1366×768), pos-sale-1024.png (1024×768),
 * pos-payment.png, pos-cancel-line.png, pos-payment-split.png, pos-past-sale.png, pos-weigh.png, pos-price-trace.png,
 * pos-card-declined.png, pos-drawer-ops.png and pos-offline.png: the demo store's cashier opening
 * the drawer, a sale with scanned, modified and half-and-half lines, the cash payment with its
 * change, the bill split by person with a part on the standalone card machine, the paid sale opened
 * for a refund, the salad weighed on the scale, the rules that made the burger's price, a card the
 * TEF terminal declined, a sangria that asks for the manager, and a sale queued while the terminal
 * is cut off. Run after `npm run build`:
 * `node dist/test/e2e/pos-screenshots.js`.
 */
async function shot(page: Page, name: string): Promise<void> {
  const file = join(repoRoot(), 'docs', 'img', name);
  await page.screenshot({ path: file });
  process.stdout.write(`wrote ${file}\n`);
}

async function addWithOptions(page: Page, search: string, keys: string[]): Promise<void> {
  await page.keyboard.press('F2');
  await page.keyboard.type(search);
  await page.keyboard.press('Enter');
  await page.locator('#options-form').waitFor();
  for (const key of keys) {
    if (key.length > 1 && !/^[A-Z]/.test(key)) await page.keyboard.type(key);
    else await page.keyboard.press(key);
  }
  await page.keyboard.press('Enter');
  await page.locator('#options-form').waitFor({ state: 'detached' });
}

async function main(): Promise<void> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  const tefDir = mkdtempSync(join(tmpdir(), 'chefia-pos-shots-tef-'));
  const tef = new TefManagerSimulator({ reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${appliance.baseUrl}/pos`);
    await page.locator('#setup-form input[name=username]').fill('caixa');
    await page.locator('#setup-form input[name=password]').fill('Caixa#2026');
    await page.keyboard.press('Enter');
    await page.locator('#drawer-form').waitFor();
    await page.keyboard.type('150,00');
    await shot(page, 'pos-drawer.png');
    await page.keyboard.press('Enter');
    await page.locator('#search').waitFor();
    await page.keyboard.press('Escape');
    for (const body of ['789490001151', '789100010011']) {
      await page.keyboard.type(body + gtinCheckDigit(body));
      await page.keyboard.press('Enter');
    }
    await addWithOptions(page, 'burger classico', ['ArrowDown', 'Tab', 'Space', 'Tab', 'Tab', 'Tab', 'sem cebola']);
    await addWithOptions(page, 'meio a meio', ['Space', 'Tab', 'Space']);
    await page.keyboard.press('F2');
    await page.waitForTimeout(300);
    await shot(page, 'pos-sale.png');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.waitForTimeout(300);
    await shot(page, 'pos-sale-1024.png');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    await page.keyboard.type('200,00');
    await page.waitForTimeout(200);
    await shot(page, 'pos-payment.png');
    // F6: one line of the order being paid cancelled with the manager's PIN (not sent: Escape).
    await page.keyboard.press('F6');
    await page.locator('#cancel-line-form').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.locator('#cancel-line-form input[name=reason]').fill('cliente desistiu');
    await page.locator('#cancel-line-form input[name=manager]').fill('gerente');
    await page.waitForTimeout(200);
    await shot(page, 'pos-cancel-line.png');
    await page.keyboard.press('Escape');
    await page.locator('#cancel-line-form').waitFor({ state: 'detached' });
    await page.locator('#payment-form').waitFor();
    // Split by two people, the first part on the standalone card machine.
    await page.locator('#payment-form input[name=amount]').fill('');
    await page.locator('#payment-form input[name=people]').fill('2');
    await page.locator('#payment-form input[name=amount]').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    await page.locator('#payment-form input[name=nsu]').fill('778899');
    await page.waitForTimeout(200);
    await shot(page, 'pos-payment-split.png');
    await page.keyboard.press('Escape');
    // The sale paid in cash, then opened again from the past sales (F4) for a refund.
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    await page.keyboard.type('300,00');
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F4');
    await page.locator('#past-sale-form [data-payment-id] input:checked').waitFor();
    await page.locator('#past-sale-form input[name=amount]').fill('6,90');
    await page.locator('#past-sale-form input[name=reason]').fill('refrigerante trocado');
    await page.locator('#past-sale-form input[name=manager]').fill('gerente');
    await shot(page, 'pos-past-sale.png');
    await page.keyboard.press('Escape');
    // The demo scale has 1,234 kg of salad on its platter.
    await page.keyboard.press('F2');
    await page.keyboard.type('buffet');
    await page.keyboard.press('Enter');
    await page.locator('#weigh-reading[data-stable="true"]').waitFor();
    await shot(page, 'pos-weigh.png');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    await page.keyboard.type('batata frita');
    await page.keyboard.press('Enter');
    await addWithOptions(page, 'burger classico', ['Space']);
    await page.keyboard.press('F7');
    await page.locator('#trace-total').waitFor();
    await shot(page, 'pos-price-trace.png');
    await page.keyboard.press('Escape');
    // A TEF terminal (the TEF Dial simulator) that declines the card.
    await tef.start();
    tef.setScenario('decline');
    const admin = await new ApiClient(appliance.baseUrl).login();
    await admin.post('/hardware', { id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200', transport: { type: 'tef-dial', reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') } });
    await page.keyboard.press('F9');
    await page.locator('#payment-form input[name=amount]:focus').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#card-status[data-stage="REFUSED"]').waitFor({ timeout: 30_000 });
    await shot(page, 'pos-card-declined.png');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F3');
    await page.locator('#drawer-ops-form input[name=type][value=DEPOSIT]').check();
    await page.locator('#drawer-ops-form input[name=amount]').fill('400,00');
    await page.keyboard.press('Enter');
    await page.locator('#drawer-ops-form').waitFor({ state: 'detached' });
    await page.keyboard.press('F3');
    await page.locator('#drawer-ops-form input[name=amount]').fill('300,00');
    await page.locator('#drawer-ops-form input[name=reason]').fill('cofre');
    await page.keyboard.press('Enter');
    await page.locator('#drawer-ops-form input[name=pin]').waitFor();
    await shot(page, 'pos-drawer-ops.png');
    await page.keyboard.press('Escape');
    // Cut off from the appliance: the next sale waits in the terminal's queue.
    await page.context().setOffline(true);
    await page.keyboard.press('Escape');
    await page.keyboard.type('7894900011517');
    await page.keyboard.press('Enter');
    await page.keyboard.press('F8');
    await page.locator('#pending').waitFor();
    await page.locator('#offline').waitFor();
    await shot(page, 'pos-offline.png');
    await page.context().setOffline(false);
  } finally {
    await browser.close();
    await appliance.stop();
    await tef.stop();
    rmSync(tefDir, { recursive: true, force: true });
  }
}

await main();
