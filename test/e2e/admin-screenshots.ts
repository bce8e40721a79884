import { join } from 'node:path';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { spawnAppliance, TEST_ADMIN_PASSWORD } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/**
 * Makes docs/img/admin-<area>.png: every area of the back office of the demo store at 1366×768,
 * signed in as admin, the devices area with a KDS pairing code and its QR on screen, the menu
 * import of the sample legacy export, the pricing simulator's rule trace, the printers detected on
 * the appliance and a restart waiting for its confirmation. Run after
 * `npm run build`: `node dist/test/e2e/admin-screenshots.js`.
 */
async function main(): Promise<void> {
  const appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'info' }, readyTimeoutMs: 120_000 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(20_000);
    const shoot = async (name: string) => {
      const file = join(repoRoot(), 'docs', 'img', `admin-${name}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`wrote ${file}\n`);
    };
    // The demo menu has its own drawings as photos (seeded through the upload path).
    const admin = await new ApiClient(appliance.baseUrl).login();
    // The demo floor's main room laid out as the floor editor saves it, the terrace left unplaced.
    const floor = (await admin.get('/table-layouts')).body.data[0].sections[0].tables as { id: string }[];
    const cells = [[1, 1], [3, 1], [5, 1], [1, 4], [3, 4], [7, 3]];
    for (const [i, table] of floor.entries()) await admin.call('PUT', `/tables/${table.id}/placement`, { gridCol: cells[i][0], gridRow: cells[i][1] });
    await sellAFewOrders(admin);
    await page.goto(`${appliance.baseUrl}/admin`);
    await page.locator('#login-form').waitFor();
    await shoot('login');
    await page.locator('#login-form [name=username]').fill('admin');
    await page.locator('#login-form [name=password]').fill(TEST_ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('.tile[data-check=printing]').waitFor();
    await page.locator('#dashboard-printers [data-state]').first().waitFor();
    await shoot('dashboard');
    // The backups and the live log tail sit below the first screen.
    await page.locator('#log-tail .log li').first().waitFor();
    await page.locator('#log-tail').scrollIntoViewIfNeeded();
    await shoot('dashboard-log');
    // The restart of the print queue, waiting for its confirmation.
    await page.locator('#restarts button[data-restart=print-queue]').click();
    await page.locator('#restart-confirm').waitFor();
    await page.locator('#restarts').scrollIntoViewIfNeeded();
    await shoot('restart');
    for (const [area, ready] of [
      ['store', '#store-form'],
      ['menu', '#products tbody tr'],
      ['kitchen', '#stations tbody tr'],
      ['floor', '.floor-table'],
      ['printers', '#printers [data-state]'],
      ['users', '#users tbody tr'],
      ['fiscal', '#certificate-expiry'],
      ['reports', '#report-methods'],
    ]) {
      await page.locator(`nav a[href="#${area}"]`).click();
      await page.locator(ready).first().waitFor();
      // Photos are fetched after the rows show: shoot once every one of them is painted.
      await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('img.thumb')).every((img) => img.complete && img.naturalWidth > 0));
      if (area === 'floor') await page.locator('.floor-table[data-table="5"]').click();
      await shoot(area);
    }
    // Pricing: the demo rules, and the simulator's trace of a sample order on the delivery channel.
    await page.locator('nav a[href="#pricing"]').click();
    await page.locator('#pricing-rules tr[data-rule]').first().waitFor();
    for (const [product, quantity] of [['X-Burger clássico', '1'], ['Batata frita', '1'], ['Suco de laranja 500 ml', '2']]) {
      await page.locator('#simulate-line [name=productId]').selectOption({ label: product });
      await page.locator('#simulate-line [name=quantity]').fill(quantity);
      await page.locator('#simulate-line button[type=submit]').click();
    }
    await page.locator('#simulate-context [name=channel]').selectOption('DELIVERY');
    await page.locator('#simulate-run').click();
    await page.locator('#simulate-result').waitFor();
    await page.locator('#pricing-simulator').scrollIntoViewIfNeeded();
    await shoot('pricing');
    // Printers plugged into the appliance: what the detection finds here.
    await page.locator('nav a[href="#printers"]').click();
    await page.locator('#detect-devices').click();
    await page.locator('#detected-printer-form .ok, #detected-printer-form .error').first().waitFor();
    await page.locator('#detected-printer-form').scrollIntoViewIfNeeded();
    await shoot('printers-detected');
    await page.locator('nav a[href="#devices"]').click();
    await page.locator('#device-form [name=name]').fill('KDS Chapa');
    await page.locator('#device-form input[name=station-GRILL]').check();
    await page.locator('#device-form button[type=submit]').click();
    await page.locator('#pairing svg.qr').waitFor();
    await shoot('devices');
    // The menu import with the sample export done: its progress bar, summary and rejected rows.
    await page.locator('nav a[href="#menu"]').click();
    await page.locator('#import-form [name=file]').setInputFiles(join(repoRoot(), 'test', 'fixtures', 'legacy-import', 'produtos-sistema-anterior.csv'));
    await page.locator('#import-form button[type=submit]').click();
    await page.locator('#import-rejected tbody tr').first().waitFor();
    await page.locator('#legacy-import').scrollIntoViewIfNeeded();
    await shoot('import');
  } finally {
    await browser.close();
    await appliance.stop();
  }
}

main().catch((error) => {
  process.stderr.write(String(error?.stack ?? error) + '\n');
  process.exit(1);
});

/** A few counter sales of the demo menu, paid and handed over, so the reports screen has a day to show. */
async function sellAFewOrders(admin: ApiClient): Promise<void> {
  const must = (res: { status: number; body: unknown }, what: string) => {
    if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { data: { id: string } };
  };
  const opened = await admin.post('/business-days/open', {});
  if (opened.status >= 300 && opened.body?.error?.code !== 'BUSINESS_DAY_ALREADY_OPEN') must(opened, 'open the day');
  const drawer = must(await admin.post('/cashier-sessions', { terminalId: 'RETAGUARDA', openingFloatCents: 0 }), 'open a drawer').data;
  const productId = async (name: string) => ((await admin.get(`/products?q=${encodeURIComponent(name)}`)).body.data as { id: string }[])[0].id;
  for (const basket of [['Batata frita', 'Coca-Cola lata'], ['Suco de laranja', 'Batata frita'], ['Coca-Cola lata']]) {
    const items = await Promise.all(basket.map(async (name) => ({ productId: await productId(name), quantity: 1 })));
    const order = must(await admin.post('/orders', { channel: 'COUNTER', items }), 'create an order').data;
    must(await admin.post(`/orders/${order.id}/confirm`), 'confirm');
    must(await admin.post(`/orders/${order.id}/payments`, { method: 'CASH', cashierSessionId: drawer.id }), 'pay');
    for (const status of ['READY', 'COMPLETED']) must(await admin.post(`/orders/${order.id}/status`, { status }), status);
  }
}
