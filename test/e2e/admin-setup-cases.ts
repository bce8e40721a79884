
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { TEST_ADMIN_PASSWORD } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { until } from '../support/until.js';
import type { BackOffice } from './back-office-session.js';

/** A new store set up from the back office: sign-in, store data, kitchen and menu, the names chat orders use, a printer, a KDS screen and a cashier. Registered in order by admin.e2e.test.ts on its one start-up. */
export function setupCases(bo: BackOffice): void {
  it('refuses a cashier and lets the admin in, by keyboard, in pt-BR', async () => {
    const { appliance, api, page } = bo;
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

  it('store data: name, company ids, opening hours, address, service charge and receipt texts, checked in pt-BR', async () => {
    const { api, page, fill, send, submit } = bo;
    await page.keyboard.press('Alt+2');
    await page.locator('#page-store #store-form').waitFor();
    expect(await page.locator('#store-form [name=timeZone]').inputValue()).toBe('America/Sao_Paulo');
    await fill('#store-form', { name: 'Cantina da Nona', legalName: 'Cantina da Nona Ltda', cnpj: '06.157.250/0001-17', ie: '111.222.333.444' });
    expect(await send('#store-form')).toBe(400);
    expect(await page.locator('#store-form .error').textContent()).toContain('CNPJ inválido');
    await fill('#store-form', {
      cnpj: '06.157.250/0001-16',
      phone: '1133334444',
      openingHours: 'ter. a dom., 11h às 23h',
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
      openingHours: 'ter. a dom., 11h às 23h',
      address: { city: 'São Paulo', uf: 'SP', cep: '01304001' },
      serviceChargeBp: 1000,
      receiptHeader: ['Cantina da Nona', 'Desde 1962'],
      receiptFooter: ['Volte sempre!'],
    });
  }, 60_000);

  it('sets up a kitchen station, a category on it and products of three types with fiscal fields', async () => {
    const { api, page, fill, send, submit, open, categoryId } = bo;
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
    const { api, page } = bo;
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

    // The option groups saved next start from the product as its new names left it (a save from the
    // copy read before would be refused as changed by someone else).
    await page.locator('#option-groups select[name=productId]').selectOption(product.id);
    const groups = page.waitForResponse((r) => r.url().endsWith(`/products/${product.id}`) && r.request().method() === 'PUT');
    await page.locator('#option-groups button[type=submit]').click();
    expect((await groups).status()).toBe(200);
    expect((await api.get('/products?q=XS-1')).body.data[0].aliases).toEqual(['xis salada', 'x salada']);
  });

  it('adds the network printer, prints a test page on it and routes the receipt and the kitchen to it', async () => {
    const { api, page, printer, printerPort, fill, submit, open } = bo;
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
    const { appliance, browser, page, fill, submit, open } = bo;
    await open('devices');
    await fill('#device-form', { name: 'KDS Chapa' });
    await page.locator('#device-form input[name=station-CHAPA]').check();
    await submit('#device-form');
    await page.locator('#pairing svg.qr path').waitFor();
    const code = (await page.locator('#pairing-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{10}$/);

    bo.kds = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bo.kds.goto(`${appliance.baseUrl}/kds?pair=${code}`);
    // The page's script fills the code in once it runs (later than the load on a busy machine).
    await until('the pairing code filled in from the address', async () => ((await bo.kds.locator('#setup-form input[name=code]').inputValue()) === code ? true : undefined));
    await bo.kds.locator('#setup-form button[type=submit]').click();
    await bo.kds.locator('#setup').waitFor({ state: 'hidden' });
    await open('menu');
    await open('devices');
    await page.locator('#devices tr[data-status=ACTIVE]', { hasText: 'KDS Chapa' }).waitFor();
  }, 60_000);

  it('gives a till its own printer, where its receipts print and its cash drawer opens', async () => {
    const { api, page, fill, submit, open } = bo;
    const till = (await api.post('/devices', { name: 'Caixa 2', kind: 'POS' })).body.data.device as { id: string };
    await open('printers');
    const row = page.locator('#routing-form label', { has: page.locator(`select[name="till-${till.id}"]`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Caixa 2: cupons e gaveta');
    await fill('#routing-form', { [`till-${till.id}`]: 'caixa-1' });
    await submit('#routing-form');
    expect((await api.get('/print-routing')).body.data).toMatchObject({ receiptPrinterId: 'caixa-1', kitchenPrinters: { CHAPA: 'caixa-1' }, tillPrinters: { [till.id]: 'caixa-1' } });
  }, 60_000);

  it('creates a cashier with a PIN under the policy, who can then sign in by PIN', async () => {
    const { appliance, page, fill, send, submit, open } = bo;
    await open('users');
    await fill('#user-form', { username: 'maria', name: 'Maria Caixa', role: 'CASHIER', password: 'Maria#2026x', pin: '1234' });
    expect(await send('#user-form')).toBe(422);
    expect(await page.locator('#page-users .error[role=alert]').textContent()).toMatch(/PIN/);
    await fill('#user-form', { pin: '4817' });
    await submit('#user-form');
    await page.locator('#users tr[data-username=maria]').waitFor();
    const pinLogin = await new ApiClient(appliance.baseUrl).post('/auth/pin-login', { username: 'maria', pin: '4817' });
    expect([pinLogin.status, pinLogin.body.data.user.role]).toEqual([200, 'CASHIER']);
    await page.locator('#audit td', { hasText: 'Usuário criado' }).first().waitFor();
  }, 60_000);
}
