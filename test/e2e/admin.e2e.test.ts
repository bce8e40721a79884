import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualPrinterServer } from '../../appliance/src/devices/printer/virtual/server.js';
import { referencePaths } from '../../appliance/src/fiscal/index.js';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance, TEST_ADMIN_PASSWORD } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { until } from '../support/until.js';
import { openTerminalShift, payCash, scanCodes } from './pos-steps.js';

describe('back office at /admin in headless Chromium, a new store from an empty data dir', () => {
  let appliance: ApplianceProcess;
  let api: ApiClient;
  let browser: Browser;
  let page: Page;
  let printer: VirtualPrinterServer;
  let printerPort: number;
  /** The KDS screen paired from the back office, left open to receive the first sale. */
  let kds: Page;
  const printerOut = mkdtempSync(join(tmpdir(), 'chefia-admin-printer-'));

  const fill = async (form: string, values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) {
      const field = page.locator(`${form} [name="${name}"]`);
      if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
      else await field.fill(value);
    }
  };
  /** Submits a form and waits for the API's answer to its change; returns the answer's status. */
  const send = async (form: string): Promise<number> => {
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/') && r.request().method() !== 'GET');
    await page.locator(`${form} button[type=submit]`).click();
    return (await answer).status();
  };
  const submit = async (form: string) => {
    const status = await send(form);
    expect(status, await page.locator('.error[role=alert]').allTextContents().then((t) => t.join(' '))).toBeLessThan(300);
  };
  const open = async (area: string) => {
    await page.locator(`nav a[href="#${area}"]`).click();
    await page.locator(`#page-${area}`).waitFor();
  };

  beforeAll(async () => {
    printer = new VirtualPrinterServer({ outDir: printerOut });
    printerPort = await printer.start();
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '0', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
    api = await new ApiClient(appliance.baseUrl).login();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
    await printer?.stop();
    rmSync(printerOut, { recursive: true, force: true });
  });

  it('refuses a cashier and lets the admin in, by keyboard, in pt-BR', async () => {
    await api.post('/users', { username: 'operador', name: 'Operador', role: 'CASHIER', password: 'Operador#2026' });
    await page.goto(`${appliance.baseUrl}/admin`);
    await page.locator('#login-form').waitFor();
    await page.keyboard.type('operador');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Operador#2026');
    await page.keyboard.press('Enter');
    expect(await page.locator('#login-form .error').textContent()).toBe('A retaguarda é só para gerentes e administradores.');
    await page.locator('#login-form [name=username]').fill('admin');
    await page.locator('#login-form [name=password]').fill('errada');
    await page.keyboard.press('Enter');
    await until('the pt-BR refusal', async () => ((await page.locator('#login-form .error').textContent())?.includes('gerentes') ? undefined : true));
    expect(await page.locator('#login-form .error').textContent()).not.toMatch(/invalid|error/i);
    await page.locator('#login-form [name=password]').fill(TEST_ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('#page-dashboard').waitFor();
    await page.keyboard.press('Alt+3');
    await page.locator('#page-menu').waitFor();
  }, 60_000);

  it('store data: name, company ids, address, service charge and receipt texts, checked in pt-BR', async () => {
    await page.keyboard.press('Alt+2');
    await page.locator('#page-store #store-form').waitFor();
    expect(await page.locator('#store-form [name=timeZone]').inputValue()).toBe('America/Sao_Paulo');
    await fill('#store-form', { name: 'Cantina da Nona', legalName: 'Cantina da Nona Ltda', cnpj: '06.157.250/0001-17', ie: '111.222.333.444' });
    expect(await send('#store-form')).toBe(400);
    expect(await page.locator('#store-form .error').textContent()).toContain('CNPJ inválido');
    await fill('#store-form', {
      cnpj: '06.157.250/0001-16',
      phone: '1133334444',
      street: 'Rua Augusta',
      number: '1500',
      district: 'Consolação',
      city: 'São Paulo',
      uf: 'sp',
      cep: '01304-001',
      serviceCharge: '10',
      receiptHeader: 'Cantina da Nona\nDesde 1962',
      receiptFooter: 'Volte sempre!',
    });
    await submit('#store-form');
    expect((await api.get('/store')).body.data).toMatchObject({
      name: 'Cantina da Nona',
      cnpj: '06157250000116',
      ie: '111222333444',
      address: { city: 'São Paulo', uf: 'SP', cep: '01304001' },
      serviceChargeBp: 1000,
      receiptHeader: ['Cantina da Nona', 'Desde 1962'],
      receiptFooter: ['Volte sempre!'],
    });
  }, 60_000);

  it('sets up a kitchen station, a category on it and products of three types with fiscal fields', async () => {
    await open('kitchen');
    await fill('#station-form', { code: 'CHAPA', name: 'Chapa', capacity: '6' });
    await submit('#station-form');
    await page.locator('#stations tr[data-station=CHAPA]').waitFor();

    await open('menu');
    await fill('#category-form', { name: 'Lanches', station: 'CHAPA' });
    await submit('#category-form');
    await page.locator('#categories .tree li', { hasText: 'Lanches' }).waitFor();

    await fill('#product-form', { name: 'X-Salada', sku: 'XS-1', categoryId: await categoryId('Lanches'), price: '24,90', barcode: '7891000100103', ncm: '21069090', cfop: '5102', taxGroup: 'FOOD' });
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#d35400' } }).jpeg().toBuffer();
    await page.locator('#product-form [name=photo]').setInputFiles({ name: 'x-salada.jpg', mimeType: 'image/jpeg', buffer: photo });
    const uploaded = page.waitForResponse((r) => r.url().endsWith('/photo') && r.request().method() === 'PUT');
    await submit('#product-form');
    expect((await uploaded).status()).toBe(200);
    // The photo shows in the list as the apps get it: resized once by the appliance.
    const thumb = page.locator('#products tr', { hasText: 'X-Salada' }).locator('img.thumb');
    await until('the photo loaded', async () => ((await thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)) === 480 ? true : undefined));
    await fill('#product-form', { name: 'Buffet por quilo', sku: 'KG-1', type: 'WEIGHT', price: '69,90' });
    await submit('#product-form');
    await fill('#product-form', { type: 'COMPOSITE' });
    await fill('#product-form', { name: 'Pizza meio a meio', sku: 'PZ-1', price: '50,00', priceRule: 'HIGHEST', flavours: 'Mussarela = 45,00\nCalabresa = 50,00' });
    await submit('#product-form');
    // The form's own check and the API's answer both reach the manager in pt-BR.
    await fill('#product-form', { name: 'Errado', sku: 'X-2', type: 'SIMPLE', price: '1,00', barcode: '7891000100103' });
    expect(await send('#product-form')).toBe(409);
    expect(await page.locator('#product-form .error').textContent()).toMatch(/código de barras/i);

    const products = (await api.get('/products?size=100&sort=name:asc')).body.data as { name: string; type: string; priceCents: number; barcode: string | null; photoUrl: string | null; fiscal: { ncm: string | null } }[];
    expect(products.map((p) => [p.name, p.type, p.priceCents])).toEqual([
      ['Buffet por quilo', 'WEIGHT', 6990],
      ['Pizza meio a meio', 'COMPOSITE', 5000],
      ['X-Salada', 'SIMPLE', 2490],
    ]);
    expect(products[2]).toMatchObject({ barcode: '7891000100103', fiscal: { ncm: '21069090' }, photoUrl: expect.stringMatching(/^\/catalog-images\/[0-9a-f]{16}\.webp$/) });
    expect(products.filter((p) => p.photoUrl).length).toBe(1);
    expect(await page.locator('#products tbody tr').count()).toBe(3);

    // A 10 % price change of the category, previewed first (applied by the same route: catalog/price-change.test.ts).
    await fill('#price-change', { categoryId: await categoryId('Lanches'), mode: 'percent', value: '10' });
    await page.locator('#price-change button[type=submit]').click();
    const preview = page.locator('#price-change-preview tr', { hasText: 'X-Salada' });
    await preview.waitFor();
    expect(await preview.locator('td').allTextContents()).toEqual(['X-Salada', 'R$\u00a024,90', 'R$\u00a027,39']);
    expect((await api.get('/products?q=XS-1')).body.data[0].priceCents).toBe(2490);
  }, 60_000);

  it('gives a product the names customers use in chat orders, and the order parser reads them at once', async () => {
    await page.locator('#aliases-sku').fill('XS-1');
    await page.locator('#product-aliases button', { hasText: 'Buscar produto' }).click();
    await page.locator('#aliases-list:enabled').waitFor();
    await page.locator('#aliases-list').fill('xis salada, x salada');
    const saved = page.waitForResponse((r) => r.url().endsWith('/aliases') && r.request().method() === 'PUT');
    await page.locator('#product-aliases button', { hasText: 'Salvar apelidos' }).click();
    expect((await saved).status()).toBe(200);
    const product = (await api.get('/products?q=XS-1')).body.data[0] as { id: string; aliases: string[] };
    expect(product.aliases).toEqual(['xis salada', 'x salada']);
    const parsed = (await api.post('/chat/parse', { text: 'quero 2 x-salada' })).body.data;
    expect(parsed.items).toEqual([{ productId: product.id, quantity: 2, optionIds: [], notes: null }]);
  });

  async function categoryId(name: string): Promise<string> {
    const tree = (await api.get('/categories')).body.data as { id: string; name: string }[];
    return tree.find((c) => c.name === name)!.id;
  }

  it('adds the network printer, prints a test page on it and routes the receipt and the kitchen to it', async () => {
    await open('printers');
    await fill('#printer-form', { id: 'caixa-1', name: 'Caixa 1', profileId: 'epson-tm-t20', host: '127.0.0.1', port: String(printerPort) });
    await submit('#printer-form');
    await page.locator('#printers tr[data-printer-id=caixa-1] [data-state=ready]').waitFor();
    await page.locator('#printers tr[data-printer-id=caixa-1] button.test-page').click();
    const job = await until('the test page on the virtual printer', () => printer.jobs.find((j) => j.text.includes('PÁGINA DE TESTE')));
    expect(job.text).toContain('Caixa 1');
    expect(job.text).toContain('açaí');
    expect(job.pngPath).toBeTruthy();

    await fill('#routing-form', { receipt: 'caixa-1', 'kitchen-CHAPA': 'caixa-1' });
    await submit('#routing-form');
    expect((await api.get('/print-routing')).body.data).toMatchObject({ receiptPrinterId: 'caixa-1', kitchenPrinters: { CHAPA: 'caixa-1' } });
  }, 60_000);

  it('pairs a KDS screen of the CHAPA station by the one-time code shown with its QR', async () => {
    await open('devices');
    await fill('#device-form', { name: 'KDS Chapa' });
    await page.locator('#device-form input[name=station-CHAPA]').check();
    await submit('#device-form');
    await page.locator('#pairing svg.qr path').waitFor();
    const code = (await page.locator('#pairing-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{10}$/);

    kds = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await kds.goto(`${appliance.baseUrl}/kds?pair=${code}`);
    // The page's script fills the code in once it runs (later than the load on a busy machine).
    await until('the pairing code filled in from the address', async () => ((await kds.locator('#setup-form input[name=code]').inputValue()) === code ? true : undefined));
    await kds.locator('#setup-form button[type=submit]').click();
    await kds.locator('#setup').waitFor({ state: 'hidden' });
    await open('menu');
    await open('devices');
    await page.locator('#devices tr[data-status=ACTIVE]', { hasText: 'KDS Chapa' }).waitFor();
  }, 60_000);

  it('creates a cashier with a PIN under the policy, who can then sign in by PIN', async () => {
    await open('users');
    await fill('#user-form', { username: 'maria', name: 'Maria Caixa', role: 'CASHIER', password: 'Maria#2026x', pin: '1234' });
    expect(await send('#user-form')).toBe(422);
    expect(await page.locator('#page-users .error[role=alert]').textContent()).toMatch(/PIN/);
    await fill('#user-form', { pin: '4817' });
    await submit('#user-form');
    await page.locator('#users tr[data-username=maria]').waitFor();
    const pinLogin = await new ApiClient(appliance.baseUrl).post('/auth/pin-login', { username: 'maria', pin: '4817' });
    expect([pinLogin.status, pinLogin.body.data.user.role]).toEqual([200, 'CASHIER']);
    await page.locator('#audit td', { hasText: 'auth.user_created' }).first().waitFor();
  }, 60_000);

  it('restore from the dashboard: sell, back up, sell more, restore; the data equals the backup and the pre-restore backup exists', async () => {
    await api.post('/business-days/open', {});
    const drawer = (await api.post('/cashier-sessions', { terminalId: 'RETAGUARDA', openingFloatCents: 0 })).body.data as { id: string };
    const product = (await api.get('/products?q=XS-1')).body.data[0] as { id: string };
    const sell = async () => {
      const order = (await api.post('/orders', { channel: 'COUNTER', items: [{ productId: product.id, quantity: 1 }] })).body.data as { id: string };
      expect((await api.post(`/orders/${order.id}/confirm`)).status).toBe(200);
      expect((await api.post(`/orders/${order.id}/payments`, { method: 'CASH', cashierSessionId: drawer.id })).status).toBe(201);
      // Handed over: the day's report counts what was sold and delivered.
      for (const status of ['READY', 'COMPLETED']) expect((await api.post(`/orders/${order.id}/status`, { status })).status).toBe(200);
      return order.id;
    };
    const orderIds = async () => ((await api.get('/orders?size=100&sort=created_at:asc')).body.data as { id: string }[]).map((o) => o.id);
    const before = await sell();

    await open('dashboard');
    const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/backups') && r.request().method() === 'POST');
    await page.locator('#backup-now').click();
    const backup = (await (await made).json()).data.name as string;
    const atBackup = await orderIds();
    expect(atBackup).toContain(before);
    const after = await sell();
    expect(await orderIds()).toContain(after);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator(`#backups tr[data-backup="${backup}"] button.restore`).click();
    await page.locator('#backups .ok', { hasText: 'restaurada' }).waitFor({ timeout: 120_000 });
    expect(await orderIds()).toEqual(atBackup);
    expect((await api.get(`/orders/${after}`)).status).toBe(404);
    const names = ((await api.get('/backups')).body.data as { name: string }[]).map((b) => b.name);
    expect(names).toContain(backup);
    const preRestore = names.find((n) => n.startsWith('store-pre-restore-'));
    expect(preRestore).toBeTruthy();
    await page.locator(`#backups tr[data-backup="${preRestore}"]`).waitFor();
    const restored = ((await api.get('/journal?afterSeq=0&limit=1000')).body.data as { type: string; payload: { name: string } }[]).filter((e) => e.type === 'backup.restored');
    expect(restored.map((e) => e.payload.name)).toEqual([backup]);
  }, 180_000);

  it('reports: the open day by payment and product, exported as a CSV a pt-BR spreadsheet reads', async () => {
    await open('reports');
    const products = page.locator('#report-products');
    await products.locator('td', { hasText: 'X-Salada' }).waitFor();
    expect(await page.locator('#report-methods tbody tr').first().textContent()).toContain('Dinheiro');
    // The day's shape as bars: the one category sold, at its amount.
    const bars = await page.locator('#chart-categories .bar-row').allTextContents();
    expect(bars.map((text) => text.replace(/\s/g, ' '))).toEqual(['LanchesR$ 24,90']);
    const [download] = await Promise.all([page.waitForEvent('download'), products.locator('button.csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^vendas-produtos-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe('\ufeffNome;Quantidade;Valor (R$)\r\nX-Salada;1;24,90\r\n');
  }, 60_000);

  it('fiscal wizard: the A1 test certificate, CSC, series, training environment, and a test emission the SEFAZ simulator authorizes', async () => {
    await open('fiscal');
    await page.locator('#fiscal-status[data-active=false]').waitFor();
    // What the store screen already knows is offered, so the manager types only the fiscal data.
    expect(await page.locator('#fiscal-form [name=cnpj]').inputValue()).toBe('06157250000116');
    await fill('#fiscal-form', { crt: '1', cityCode: '3550308', environment: 'simulator', series: '1', nextNumber: '1', cscId: '000001', cscToken: 'A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4', certificatePassword: 'errada' });
    await page.locator('#fiscal-form [name=certificate]').setInputFiles(join(referencePaths.certsDir(), 'cert_cnpj_06157250000116_senha_minhasenha.pfx'));
    expect(await send('#fiscal-form')).toBe(422);
    expect(await page.locator('#fiscal-form .error').textContent()).toBe('Senha do certificado digital A1 incorreta.');
    await fill('#fiscal-form', { certificatePassword: 'minhasenha' });
    await submit('#fiscal-form');
    await page.locator('#fiscal-status[data-active=true]').waitFor();
    expect(await page.locator('#certificate-expiry').textContent()).toContain('05/06/2034');

    const emitted = page.waitForResponse((r) => r.url().endsWith('/api/v1/fiscal/test-emission'));
    await page.locator('#test-emission').click();
    expect((await emitted).status()).toBe(201);
    expect(await page.locator('#fiscal-test .ok').textContent()).toMatch(/^Nota nº 1: autorizada \(cStat 100\)/);
  }, 90_000);

  it('service dashboard: every subsystem, and the printer unplugged within 5 s and back with its queue drained', async () => {
    await open('dashboard');
    for (const check of ['database', 'broker', 'disk', 'memory', 'printing']) await page.locator(`.tile[data-check=${check}]`).waitFor();
    const row = page.locator('#dashboard-printers tr[data-printer-id=caixa-1]');
    await row.locator('[data-state=ready]').waitFor();

    await printer.stop();
    const unplugged = Date.now();
    await row.locator('[data-state=unreachable]').waitFor({ timeout: 5_000 });
    expect(Date.now() - unplugged).toBeLessThan(5_000);
    for (const n of [1, 2]) await api.post('/print-jobs', { printerId: 'caixa-1', kind: 'test_page', payload: { document: { columns: 48, ops: [{ op: 'text', text: `fila ${n}` }, { op: 'cut', partial: true }] } } });
    await until('the queue shown', async () => (Number(await row.locator('.queue').textContent()) >= 1 ? true : undefined), 5_000);

    printer = new VirtualPrinterServer({ port: printerPort, outDir: printerOut });
    await printer.start();
    // Only the unplugging has a deadline (5 s); coming back is seen at a later probe, slower on a loaded machine.
    await row.locator('[data-state=ready]').waitFor({ timeout: 30_000 });
    await until('the queue drained', async () => ((await row.locator('.queue').textContent()) === '0' ? true : undefined), 60_000);
    // The failed attempts while it was unplugged are in the live log tail, as the appliance logged them.
    await page.locator('#log-tail .log li.warn', { hasText: 'caixa-1' }).first().waitFor();
    expect(printer.jobs.map((j) => j.text.split('\n')[0]).filter((line) => line.startsWith('fila')).sort()).toEqual(['fila 1', 'fila 2']);
  }, 90_000);

  it('backups on the dashboard: one made now is listed and downloads as a SQLite database', async () => {
    await open('dashboard');
    const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/backups') && r.request().method() === 'POST');
    await page.locator('#backup-now').click();
    const name = (await (await made).json()).data.name as string;
    const row = page.locator(`#backups tr[data-backup="${name}"]`);
    const [download] = await Promise.all([page.waitForEvent('download'), row.locator('button.download').click()]);
    expect(download.suggestedFilename()).toBe(name);
    const file = join(printerOut, name);
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 15).toString()).toBe('SQLite format 3');
  }, 60_000);

  it('ends with a sale on /pos by the new cashier: its NFC-e DANFE prints on the new printer and the ticket reaches the paired KDS', async () => {
    const pos = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    pos.setDefaultTimeout(15_000);
    await openTerminalShift(pos, appliance.baseUrl, { username: 'maria', password: 'Maria#2026x', pin: '4817' }, '100,00');
    await scanCodes(pos, ['7891000100103']);
    expect(await pos.locator('.cart .line .name').allTextContents()).toEqual(['X-Salada']);
    await payCash(pos, '30,00');
    expect(await pos.locator('#paid-change').textContent()).toBe('Troco: R$\u00a05,10');

    // With the fiscal wizard done the customer's receipt is the DANFE NFC-e of the sale, authorized.
    const order = (await api.get('/orders?size=1&sort=created_at:desc')).body.data[0] as { id: string; number: number };
    const nfce = await until('the sale\'s NFC-e authorized', async () => {
      const [document] = (await api.get(`/fiscal/documents?orderId=${order.id}`)).body.data as { status: string; number: number }[];
      return document?.status === 'AUTHORIZED' ? document : undefined;
    }, 30_000);
    const danfe = await until('the DANFE on the store printer', () => printer.jobs.find((j) => j.text.includes('X-Salada') && j.text.includes(String(nfce.number).padStart(9, '0'))), 30_000);
    expect(danfe.text).toContain('Cantina da Nona Ltda');
    const ticket = kds.locator('.ticket', { hasText: `#${order.number}` });
    await ticket.waitFor();
    await pos.close();
  }, 120_000);

  it('imports the previous POS\'s menu export with its progress shown; a second run changes nothing; the rejected rows are listed', async () => {
    await open('menu');
    const sample = join(repoRoot(), 'test', 'fixtures', 'legacy-import', 'produtos-sistema-anterior.csv');
    /** Runs the import on the screen and waits for its summary (the previous run's stays until then). */
    const importOnce = async (summary: string) => {
      await page.locator('#import-form [name=file]').setInputFiles(sample);
      await page.locator('#import-form button[type=submit]').click();
      await page.locator('#import-progress progress').waitFor();
      await expect.poll(() => page.locator('#legacy-import .ok[role=status]').textContent(), { timeout: 15_000 }).toBe(summary);
    };
    const products = async () => ((await api.get('/products?size=100&sort=name:asc')).body.data as { id: string; updatedAt: string }[]).map((p) => `${p.id} ${p.updatedAt}`);

    await importOnce('Importação concluída: 27 criados, 0 atualizados, 0 sem mudança, 3 rejeitados.');
    expect(await page.locator('#import-progress').textContent()).toContain('30/30');
    expect(await page.locator('#import-progress progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([30, 30]);
    const rejectedRows = async () => page.locator('#import-rejected tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
    const rejected = [
      ['29', 'Linha sem o nome do produto.'],
      ['30', 'Preço "abc" inválido: use o formato 29,90.'],
      ['31', 'NCM "09012" inválido: o NCM tem 8 dígitos.'],
    ];
    expect(await rejectedRows()).toEqual(rejected);
    await page.locator('#products tr', { hasText: 'Feijoada completa' }).waitFor();
    const afterFirst = await products();
    expect(afterFirst.length).toBe(30);

    await importOnce('Importação concluída: 0 criados, 0 atualizados, 27 sem mudança, 3 rejeitados.');
    expect(await rejectedRows()).toEqual(rejected);
    expect(await products()).toEqual(afterFirst);
  }, 60_000);

  it('pricing: a promotion made on the screen, simulated by the engine with its rule trace, then switched off', async () => {
    await open('pricing');
    await fill('#rule-form', { id: 'lanches-10', kind: 'PERCENT_OFF' });
    await fill('#rule-form', { percent: '10' });
    await page.locator('#rule-form [name=categoryIds]').selectOption(await categoryId('Lanches'));
    await submit('#rule-form');
    expect(await page.locator('#pricing-rules tr[data-rule=lanches-10] td').nth(2).textContent()).toBe('−10\u00a0% em Lanches');

    await page.locator('#simulate-line [name=productId]').selectOption({ label: 'X-Salada' });
    await fill('#simulate-line', { quantity: '2' });
    await page.locator('#simulate-line button[type=submit]').click();
    await fill('#simulate-context', { channel: 'COUNTER' });
    const simulated = page.waitForResponse((r) => r.url().endsWith('/api/v1/pricing/simulate'));
    await page.locator('#simulate-run').click();
    expect((await simulated).status()).toBe(200);
    const step = page.locator('#simulate-result li[data-rule=lanches-10]');
    expect([await step.getAttribute('data-reason'), await step.textContent()]).toEqual(['BEST_DISCOUNT', 'lanches-10 — aplicada: maior desconto da linha, −R$\u00a04,98']);
    expect(await page.locator('#simulate-result tr[data-line="0"] td').allTextContents()).toEqual(['2 × X-Salada', 'R$\u00a049,80', 'R$\u00a049,80', '−R$\u00a04,98', 'R$\u00a044,82']);

    // Switched off, so the sales of the other cases keep their list prices.
    await page.locator('#pricing-rules tr[data-rule=lanches-10] button', { hasText: 'Desativar' }).click();
    await page.locator('#pricing-rules tr[data-rule=lanches-10] .pill', { hasText: 'Desativada' }).waitFor();
    expect((await api.get('/pricing/rules')).body.data.map((r: { rule: { id: string }; active: boolean }) => [r.rule.id, r.active])).toEqual([['lanches-10', false]]);
  }, 60_000);

  it('floor editor: a layout with two tables, one dragged into place with the pointer, one moved with the arrow keys', async () => {
    await open('floor');
    await fill('#floor-add-layout', { name: 'Salão', section: 'Interno' });
    await submit('#floor-add-layout');
    for (const label of ['1', '2']) {
      await fill('#floor-add-table', { label, capacity: '4' });
      await submit('#floor-add-table');
      await page.locator(`.floor-table[data-table="${label}"]`).waitFor();
    }
    const one = page.locator('.floor-table[data-table="1"]');
    expect(await one.getAttribute('data-cell')).toBe('0,0');
    const grid = (await page.locator('.floor-grid').boundingBox())!;
    const from = (await one.boundingBox())!;
    const [cellWidth, cellHeight] = [grid.width / 16, grid.height / 10];
    const dropped = page.waitForResponse((r) => r.url().endsWith('/placement'));
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(grid.x + cellWidth * 5.5, grid.y + cellHeight * 3.5, { steps: 6 });
    await page.mouse.up();
    expect((await dropped).status()).toBe(200);
    await page.locator('.floor-table[data-table="1"][data-cell="5,3"]').waitFor();

    await page.locator('.floor-table[data-table="2"]').focus();
    const moved = page.waitForResponse((r) => r.url().endsWith('/placement'));
    await page.keyboard.press('ArrowDown');
    expect((await moved).status()).toBe(200);
    await page.locator('.floor-table[data-table="2"][data-cell="1,1"]').waitFor();
    const tables = (await api.get('/tables')).body.data as { label: string; capacity: number; gridCol: number; gridRow: number }[];
    expect(tables.map((t) => [t.label, t.capacity, t.gridCol, t.gridRow])).toEqual([['1', 4, 5, 3], ['2', 4, 1, 1]]);
  }, 60_000);

  it('service dashboard: the print queue restarted after a confirmation keeps printing, and the audit trail names who did it', async () => {
    await open('dashboard');
    await page.locator('#restarts button[data-restart=appliance]').waitFor();
    await page.locator('#restarts button[data-restart=print-queue]').click();
    expect(await page.locator('#restart-confirm-text').textContent()).toContain('nada se perde');
    const restarted = page.waitForResponse((r) => r.url().endsWith('/api/v1/service/restarts') && r.request().method() === 'POST');
    await page.locator('#restart-confirm').click();
    expect((await restarted).status()).toBe(200);
    expect(await page.locator('#restarts .ok').textContent()).toBe('Pronto: a fila de impressão reiniciou e já está funcionando.');
    await api.post('/print-jobs', { printerId: 'caixa-1', kind: 'test_page', payload: { document: { columns: 48, ops: [{ op: 'text', text: 'depois do reinicio' }, { op: 'cut', partial: true }] } } });
    await until('a job printed by the new queue', () => printer.jobs.find((j) => j.text.includes('depois do reinicio')), 15_000);
    const audit = (await api.get('/audit?type=system.restart_requested')).body.data as { aggregateId: string; actor: { id: string } }[];
    const admin = ((await api.get('/users')).body.data as { id: string; username: string }[]).find((u) => u.username === 'admin')!;
    expect(audit.map((e) => [e.aggregateId, e.actor.id])).toEqual([['print-queue', admin.id]]);
  }, 60_000);
});
