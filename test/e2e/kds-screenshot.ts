import { join } from 'node:path';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';

/**
 * Makes docs/img/kds.png: the demo store, the GRILL screen of the kitchen user, orders placed over
 * ~70 s with the GRILL thresholds lowered to 30 s / 60 s so the shot shows green, yellow and red
 * tickets. Run after `npm run build`: `node dist/test/e2e/kds-screenshot.js`.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  try {
    const pos = await new ApiClient(appliance.baseUrl).login();
    const grill = (await pos.get('/kds/stations')).body.data.find((s: any) => s.code === 'GRILL');
    await pos.call('PUT', '/kds/stations/GRILL', { ...grill, code: undefined, warnAfterSeconds: 30, lateAfterSeconds: 60 });
    const place = async (channel: string, items: unknown[], tableId?: string) => {
      const created = await pos.post('/orders', { channel, items, ...(tableId ? { tableId } : {}) });
      if (created.status !== 201) throw new Error(JSON.stringify(created.body));
      const confirmed = await pos.post(`/orders/${created.body.data.id}/confirm`);
      if (confirmed.status !== 200) throw new Error(JSON.stringify(confirmed.body));
    };
    await place('TABLE', [{ productId: 'prod-bacon-burger', quantity: 2, options: ['well-done', 'extra-cheese'], notes: 'sem cebola' }, { productId: 'prod-fries', quantity: 1 }], 'table-5');
    await place('DELIVERY', [{ productId: 'prod-classic-burger', quantity: 1, options: ['rare', 'egg'] }]);
    await sleep(35_000);
    await place('COUNTER', [{ productId: 'prod-combo-classic', quantity: 1, options: ['medium', 'side-rings', 'drink-coke'] }]);
    await place('TAKEOUT', [{ productId: 'prod-veggie-burger', quantity: 1, notes: 'pão sem glúten' }, { productId: 'prod-classic-burger', quantity: 1, options: ['medium', 'bacon'] }]);
    await sleep(30_000);
    await place('TABLE', [{ productId: 'prod-classic-burger', quantity: 3, options: ['medium'] }, { productId: 'prod-orange-juice', quantity: 2 }], 'table-8');
    await place('KIOSK', [{ productId: 'prod-bacon-burger', quantity: 1, options: ['medium'] }]);

    const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
    await page.goto(`${appliance.baseUrl}/kds`);
    await page.locator('#setup-form input[name=username]').fill('cozinha');
    await page.locator('#setup-form input[name=password]').fill('Cozinha#2026');
    await page.locator('#setup-form select[name=station]').selectOption('GRILL');
    await page.locator('#setup-form button[type=submit]').click();
    await page.waitForFunction(() => document.querySelectorAll('.ticket').length >= 6);
    await page.keyboard.press('3');
    await sleep(1500);
    const file = join(repoRoot(), 'docs', 'img', 'kds.png');
    await page.screenshot({ path: file });
    process.stdout.write(`wrote ${file}\n`);
  } finally {
    await browser.close();
    await appliance.stop();
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});
