import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { until } from '../support/until.js';

/** The demo store's cashier (appliance/src/auth/demo-users.ts). */
const CASHIER = { username: 'caixa', password: 'Caixa#2026', pin: '2222' };

describe('POS terminal in headless Chromium against the built appliance', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let browser: Browser;
  let page: Page;
  /** Cash taken by the first scenario's sale, counted again at the blind close. */
  let cashSalesCents = 0;

  const receiptTexts = (): string[] => {
    const dir = join(appliance.dataDir, 'receipts');
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')) : [];
  };
  const barcodeOf = async (productId: string) => (await admin.get(`/products/${productId}`)).body.data.barcode as string;
  /**
   * The scanner types into no field at all: Escape leaves the search field, once the sale screen has
   * given it the focus (a screen or dialog hands it over after it renders; a scan typed across that
   * hand-over would be split between the screen and the field).
   */
  const leaveSearch = async () => {
    await page.waitForFunction(() => document.activeElement?.id === 'search');
    await page.keyboard.press('Escape');
  };
  const scanBarcode = async (productId: string) => {
    await leaveSearch();
    await page.keyboard.type(await barcodeOf(productId));
    await page.keyboard.press('Enter');
  };
  const cartNames = () => page.locator('.cart .line .name').allTextContents();

  beforeAll(async () => {
    // Chromium starts while the appliance boots: two processes that do not wait on each other.
    const launching = launchChromium();
    try {
      appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
      admin = await new ApiClient(appliance.baseUrl).login();
    } finally {
      browser = await launching;
    }
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), appliance?.stop()]);
    if (appliance) rmSync(appliance.dataDir, { recursive: true, force: true });
  });

  it('1a, keyboard only: PIN login, open the drawer, two scans, a burger with doneness and bacon, half-and-half pizza, cash with change → receipt printed, order on the KDS', async () => {
    const [coke, guarana] = [await barcodeOf('prod-coke'), await barcodeOf('prod-guarana')];
    await page.goto(`${appliance.baseUrl}/pos`);
    // The terminal is set up once with a password; the operator then signs in by PIN (F12 switches).
    await page.locator('#setup-form').waitFor();
    await page.keyboard.type(CASHIER.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CASHIER.password);
    await page.keyboard.press('Enter');
    await page.locator('#drawer-form').waitFor();
    await page.keyboard.press('F12');
    await page.locator('#pin-form').waitFor();
    await page.keyboard.type(CASHIER.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CASHIER.pin);
    await page.keyboard.press('Enter');

    await page.locator('#drawer-form').waitFor();
    await page.keyboard.type('150,00');
    await page.keyboard.press('Enter');
    await page.locator('#search').waitFor();
    expect(await page.locator('.status').textContent()).toContain('fundo R$\u00a0150,00');

    await leaveSearch();
    for (const code of [coke, guarana]) {
      await page.keyboard.type(code);
      await page.keyboard.press('Enter');
    }
    await until('two scanned lines', async () => ((await cartNames()).length === 2 ? true : undefined));
    expect(await cartNames()).toEqual(['Coca-Cola lata 350 ml', 'Guaraná lata 350 ml']);

    await page.keyboard.press('F2');
    await page.keyboard.type('burger classico');
    await page.keyboard.press('Enter');
    // Keys go where the focus is: wait for the dialog to focus its first option, not just to show.
    await page.locator('#options-form input:focus').waitFor();
    await page.keyboard.press('ArrowDown'); // Ponto da carne: Mal passado → Ao ponto
    await page.keyboard.press('Tab'); // Adicionais: Bacon
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab'); // past the other extras to the note
    await page.keyboard.type('sem cebola');
    await page.keyboard.press('Enter');
    await page.locator('#options-form').waitFor({ state: 'detached' });

    await page.keyboard.press('F2');
    await page.keyboard.type('meio a meio');
    await page.keyboard.press('Enter');
    await page.locator('#options-form input:focus').waitFor();
    await page.keyboard.press('Space'); // Mussarela
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Calabresa
    await page.keyboard.press('Enter');
    await page.locator('#options-form').waitFor({ state: 'detached' });
    const lines = await page.locator('.cart .line').allTextContents();
    expect(lines[2]).toContain('X-Burger clássico');
    expect(lines[2]).toContain('Ao ponto · Bacon');
    expect(lines[2]).toContain('sem cebola');
    expect(lines[3]).toContain('1/2 Mussarela · 1/2 Calabresa');

    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    const order = await until('the order sent from the terminal', async () => {
      const list = (await admin.get('/orders?size=5&sort=created_at:desc')).body.data as { id: string; number: number; totalCents: number; status: string }[];
      return list.find((o) => o.status !== 'DRAFT');
    });
    expect(await page.locator('#pay-total').textContent()).toBe(`R$\u00a0${(order.totalCents / 100).toFixed(2).replace('.', ',')}`);
    await page.keyboard.type('200,00');
    const change = 20_000 - order.totalCents;
    cashSalesCents += order.totalCents;
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor();
    expect(await page.locator('#paid-change').textContent()).toBe(`Troco: R$\u00a0${(change / 100).toFixed(2).replace('.', ',')}`);
    const payments = (await admin.get(`/orders/${order.id}/payments`)).body.data;
    expect(payments.payments).toHaveLength(1);
    expect(payments.payments[0]).toMatchObject({ method: 'CASH', tenderedCents: 20_000, changeCents: change });

    await until('the receipt on the virtual printer', () => (receiptTexts().some((text) => text.includes('X-Burger') && text.includes('Coca-Cola')) ? true : undefined), 30_000);

    const kds = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await kds.goto(`${appliance.baseUrl}/kds`);
    await kds.locator('#setup-form input[name=username]').fill('cozinha');
    await kds.locator('#setup-form input[name=password]').fill('Cozinha#2026');
    await kds.locator('#setup-form select[name=station]').selectOption('GRILL');
    await kds.locator('#setup-form button[type=submit]').click();
    const ticket = kds.locator('.ticket', { hasText: `#${order.number}` });
    await ticket.waitFor();
    expect(await ticket.locator('.mods').textContent()).toContain('Bacon');
    expect(await ticket.locator('.notes').textContent()).toContain('sem cebola');
    // Bumped on the grill: the order moves on in the kitchen and the terminal's order list follows live.
    await ticket.locator('button.bump').click();
    const moved = await until('the order to leave CONFIRMED', async () => {
      const status = (await admin.get(`/orders/${order.id}`)).body.data.status as string;
      return status === 'CONFIRMED' ? undefined : status;
    });
    await kds.close();
    await page.keyboard.press('Enter');
    await page.locator(`.order[data-order-id="${order.id}"][data-status="${moved}"]`).waitFor();
  }, 120_000);

  it('F1 shows the shortcut map in pt-BR', async () => {
    await page.keyboard.press('F1');
    const help = page.locator('#help');
    await help.waitFor();
    for (const text of ['Atalhos do teclado', 'Pagar', 'Trocar operador', 'Leitor de código de barras']) expect(await help.textContent()).toContain(text);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('1c: CPF na nota ends in the NFC-e dest; a discount and a cancellation each take the manager PIN', async () => {
    const latestOrder = async () => ((await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; number: number; status: string; totalCents: number }[])[0];
    const cpf = '52998224725';
    // The sale screen has settled (the last dialog closed long ago), the focus wherever it was left.
    await page.keyboard.press('Escape');
    await page.keyboard.type(await barcodeOf('prod-coke'));
    await page.keyboard.press('Enter');
    await page.locator('.cart .line').waitFor();
    await page.keyboard.press('F6');
    await page.locator('#cpf-form').waitFor();
    await page.keyboard.type('529.982.247-25');
    await page.keyboard.press('Enter');
    expect(await page.locator('#cart-taxid').textContent()).toContain(cpf);

    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    await page.keyboard.press('F7');
    await page.locator('#manager-form').waitFor();
    await page.keyboard.type('1,00');
    await page.keyboard.press('Tab');
    await page.keyboard.type('cliente da casa');
    await page.keyboard.press('Tab');
    await page.keyboard.type('gerente');
    await page.keyboard.press('Tab');
    await page.keyboard.type('9999');
    await page.keyboard.press('Enter');
    expect(await page.locator('#manager-form [role=alert]').textContent()).toBe('Autorização de gerente inválida.');
    await page.locator('#manager-form input[name=pin]').fill('');
    await page.locator('#manager-form input[name=pin]').focus();
    await page.keyboard.type('1234');
    await page.keyboard.press('Enter');
    await page.locator('#manager-form').waitFor({ state: 'detached' });
    expect(await page.locator('#pay-total').textContent()).toBe('R$\u00a05,90');
    await page.locator('#payment-form input[name=amount]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor();
    cashSalesCents += 590;
    const discounted = await latestOrder();
    expect(discounted.totalCents).toBe(590);
    const xml = await until('the NFC-e of the discounted sale', async () => {
      const [doc] = (await admin.get(`/fiscal/documents?orderId=${discounted.id}`)).body.data as { id: string; status: string }[];
      if (!doc || doc.status !== 'AUTHORIZED') return undefined;
      const res = await fetch(`${appliance.baseUrl}/api/v1/fiscal/documents/${doc.id}/xml`, { headers: { authorization: `Bearer ${admin.token}` } });
      return res.text();
    }, 60_000);
    expect(xml).toMatch(new RegExp(`<dest>\\s*<CPF>${cpf}</CPF>`));
    await page.keyboard.press('Enter');

    await scanBarcode('prod-guarana');
    await page.locator('.cart .line').waitFor();
    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    await page.keyboard.press('F4');
    await page.locator('#manager-form').waitFor();
    await page.keyboard.type('cliente desistiu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('gerente');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1234');
    await page.keyboard.press('Enter');
    await page.locator('#payment-form').waitFor({ state: 'detached' });
    const cancelled = await latestOrder();
    expect(cancelled.status).toBe('CANCELLED');
    await page.locator(`.order[data-order-id="${cancelled.id}"][data-status="CANCELLED"]`).waitFor();
    expect(await page.locator('#notice').textContent()).toBe(`Pedido #${cancelled.number} cancelado.`);
  }, 120_000);

  it('1e: closes the drawer blind (F10) and shows the close slip, which is also printed', async () => {
    await page.keyboard.press('F10');
    await page.locator('#close-form').waitFor();
    expect(await page.locator('#close-form').textContent()).not.toContain('Esperado');
    const counted = 15_000 + cashSalesCents;
    await page.keyboard.type(`${Math.floor(counted / 100)},${String(counted % 100).padStart(2, '0')}`);
    await page.keyboard.press('Enter');
    const slip = page.locator('#close-slip');
    await slip.waitFor();
    const text = (await slip.textContent()) ?? '';
    expect(text).toContain('FECHAMENTO DE CAIXA');
    expect(text).toMatch(/Situação\s+CONFERIDO/);
    await until('the close slip on the virtual printer', () => (receiptTexts().some((t) => t.includes('FECHAMENTO DE CAIXA')) ? true : undefined), 30_000);
    await page.keyboard.press('Enter');
    await page.locator('#pin-form').waitFor();
  });

  it('1d: the appliance is SIGKILLed while the cashier sends an order and pays cash; after the restart exactly one order and one payment exist, the screen caught up without a reload, and a payment queued before a reload of the page is made once', async () => {
    await page.keyboard.type(CASHIER.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CASHIER.pin);
    await page.keyboard.press('Enter');
    await page.locator('#drawer-form').waitFor();
    await page.keyboard.type('50,00');
    await page.keyboard.press('Enter');
    await page.locator('#search').waitFor();
    const before = (await admin.get('/orders?size=100')).body.metadata.total as number;
    await scanBarcode('prod-beer');
    await page.locator('.cart .line').waitFor();

    // F9 and the kill race: the order may or may not have committed before the process died.
    const { httpPort, dataDir } = appliance;
    await page.keyboard.press('F9');
    await appliance.kill('SIGKILL');
    await page.locator('#offline').waitFor();
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', CHEFIA_HTTP_PORT: String(httpPort) }, readyTimeoutMs: 120_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
    await page.locator('#payment-form').waitFor({ timeout: 30_000 });
    await page.locator('#offline').waitFor({ state: 'detached' });

    // Paying while the appliance is gone again: the payment is queued on the terminal (IndexedDB),
    // survives a reload of the page while the appliance is still down, and is made once when it is back.
    await appliance.kill('SIGKILL');
    await page.keyboard.type('20,00');
    await page.keyboard.press('Enter');
    await page.locator('#offline').waitFor();
    expect(await page.locator('#pending li[data-kind=cash]').textContent()).toContain('Dinheiro');
    await page.reload().catch(() => undefined);
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', CHEFIA_HTTP_PORT: String(httpPort) }, readyTimeoutMs: 120_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
    // Chromium reloads its own error page once the server answers again; that reload may overtake
    // this navigation to the same address, and either one brings the terminal back.
    await page.goto(`${appliance.baseUrl}/pos`).catch((error: Error) => {
      if (!error.message.includes('interrupted by another navigation')) throw error;
    });
    await page.locator('#pin-form').waitFor();
    await page.keyboard.type(CASHIER.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(CASHIER.pin);
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor({ timeout: 30_000 });
    await page.locator('#pending').waitFor({ state: 'detached' });

    const orders = (await admin.get('/orders?size=100&sort=created_at:desc')).body;
    expect(orders.metadata.total).toBe(before + 1);
    const order = orders.data[0] as { id: string; number: number; totalCents: number };
    const payments = (await admin.get(`/orders/${order.id}/payments`)).body.data;
    expect(payments.payments).toHaveLength(1);
    expect(payments.payments[0]).toMatchObject({ method: 'CASH', tenderedCents: 2000, changeCents: 2000 - order.totalCents });
    expect(await page.locator('#paid-change').textContent()).toBe(`Troco: R$\u00a0${((2000 - order.totalCents) / 100).toFixed(2).replace('.', ',')}`);
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor({ state: 'detached' });
    await page.locator(`.order[data-order-id="${order.id}"]`).waitFor();
  }, 300_000);

  it('1b: split tender card (TEF) + cash; PIX paid at the gateway simulator while its QR is on screen', async () => {
    const latestOrder = async () => ((await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; totalCents: number }[])[0];
    const scanAndPay = async (productId: string) => {
      // The Enter that closed the last sale's "pago" screen is handled in the page's own time;
      // keys typed before it closed would go to that screen instead of the scanner.
      await page.locator('#paid').waitFor({ state: 'detached' });
      await scanBarcode(productId);
      await page.locator('.cart .line').waitFor();
      await page.keyboard.press('F9');
      await page.locator('#payment-form').waitFor();
    };
    await scanAndPay('prod-beer');
    await page.keyboard.press('ArrowDown'); // Crédito
    // Less than the beer costs at any hour (the demo's happy hour takes 30 % off drinks on weekday evenings).
    await page.keyboard.type('5,00');
    await page.keyboard.press('Enter');
    await page.locator('#pay-paid').waitFor();
    const split = await latestOrder();
    expect(await page.locator('#pay-total').textContent()).toBe(`R$\u00a0${((split.totalCents - 500) / 100).toFixed(2).replace('.', ',')}`);
    await page.keyboard.press('Enter'); // the rest in cash, exact
    await page.locator('#paid').waitFor();
    const tenders = (await admin.get(`/orders/${split.id}/payments`)).body.data.payments as { method: string; amountCents: number; status: string }[];
    expect(tenders.map((p) => [p.method, p.amountCents, p.status])).toEqual([
      ['CREDIT', 500, 'CAPTURED'],
      ['CASH', split.totalCents - 500, 'CAPTURED'],
    ]);
    await page.keyboard.press('Enter');

    await scanAndPay('prod-coke');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown'); // Pix
    await page.keyboard.press('Enter');
    await page.locator('#pix img').waitFor();
    const pixOrder = await latestOrder();
    const [charge] = (await admin.get(`/orders/${pixOrder.id}/payments`)).body.data.payments as { id: string; status: string }[];
    expect(charge.status).toBe('PENDING');
    const paid = await fetch(`${appliance.baseUrl}/demo/pix/${charge.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    await page.locator('#paid').waitFor({ timeout: 30_000 });
    expect((await admin.get(`/payments/${charge.id}`)).body.data.status).toBe('CAPTURED');
    await page.keyboard.press('Enter');
  }, 120_000);

  it('outage: a sale queued while the terminal is cut off is sent once when it is back, and a price raised meanwhile is shown before the cash is taken', async () => {
    // A soft drink: no rule of the demo store changes its price at any hour (the happy hour is on Bebidas, the beer's category; the soft drinks have their own).
    const { priceCents } = (await admin.get('/products/prod-coke')).body.data as { priceCents: number };
    const coke = await barcodeOf('prod-coke');
    await page.locator('#paid').waitFor({ state: 'detached' });
    await page.context().setOffline(true);
    expect((await admin.call('PATCH', '/products/prod-coke', { priceCents: priceCents + 150 })).status).toBe(200);
    const before = (await admin.get('/orders?size=1')).body.metadata.total as number;
    // The cart still builds from the cached catalog, at the price the terminal last knew.
    await leaveSearch();
    await page.keyboard.type(coke);
    await page.keyboard.press('Enter');
    await page.locator('.cart .line').waitFor();
    await page.keyboard.press('F9');
    await page.locator('#offline').waitFor();
    expect(await page.locator('#pending li[data-kind=order]').textContent()).toContain('1 un.');
    await page.context().setOffline(false);
    await page.locator('#payment-form').waitFor({ timeout: 30_000 });
    expect(await page.locator('#pay-total').textContent()).toBe(`R$\u00a0${((priceCents + 150) / 100).toFixed(2).replace('.', ',')}`);
    expect(await page.locator('#pay-repriced').textContent()).toContain(`R$\u00a0${(priceCents / 100).toFixed(2).replace('.', ',')}`);
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor();
    const orders = (await admin.get('/orders?size=1&sort=created_at:desc')).body;
    expect(orders.metadata.total).toBe(before + 1);
    expect(orders.data[0].totalCents).toBe(priceCents + 150);
    expect((await admin.get(`/orders/${orders.data[0].id}/payments`)).body.data.payments).toHaveLength(1);
    await admin.call('PATCH', '/products/prod-coke', { priceCents });
    await page.keyboard.press('Enter');
  }, 120_000);

  it('F3: suprimento, a sangria above the limit with the manager PIN the API asks for, and the X report read with a manager PIN', async () => {
    await page.locator('#paid').waitFor({ state: 'detached' });
    const operate = async (op: 'DEPOSIT' | 'WITHDRAWAL', amount: string) => {
      await page.keyboard.press('F3');
      await page.locator('#drawer-ops-form').waitFor();
      await page.locator(`#drawer-ops-form input[name=type][value=${op}]`).check();
      await page.locator('#drawer-ops-form input[name=amount]').fill(amount);
      await page.locator('#drawer-ops-form input[name=reason]').fill(op === 'DEPOSIT' ? 'troco do cofre' : 'cofre');
      await page.locator('#drawer-ops-form input[name=amount]').press('Enter');
    };
    await operate('DEPOSIT', '400,00');
    await page.locator('#drawer-ops-form').waitFor({ state: 'detached' });
    expect(await page.locator('#notice').textContent()).toBe('Suprimento de R$\u00a0400,00 registrado.');

    await operate('WITHDRAWAL', '300,00');
    await page.locator('#drawer-ops-form input[name=pin]').waitFor();
    expect(await page.locator('#drawer-ops-form [role=alert]').textContent()).toMatch(/gerente/i);
    await page.locator('#drawer-ops-form input[name=manager]').fill('gerente');
    await page.locator('#drawer-ops-form input[name=pin]').fill('1234');
    await page.locator('#drawer-ops-form input[name=pin]').press('Enter');
    await page.locator('#drawer-ops-form').waitFor({ state: 'detached' });
    expect(await page.locator('#notice').textContent()).toBe('Sangria de R$\u00a0300,00 registrada.');
    const [open] = (await admin.get('/cashier-sessions')).body.data as { id: string }[];
    const operations = (await admin.get(`/cashier-sessions/${open.id}`)).body.data.operations as { type: string; amountCents: number }[];
    expect(operations.filter((o) => o.type === 'DEPOSIT' || o.type === 'WITHDRAWAL').map((o) => [o.type, o.amountCents])).toEqual([
      ['DEPOSIT', 40_000],
      ['WITHDRAWAL', 30_000],
    ]);

    await page.keyboard.press('F3');
    await page.locator('#x-report').click();
    await page.locator('#drawer-ops-form input[name=pin]').waitFor();
    await page.locator('#drawer-ops-form input[name=manager]').fill('gerente');
    await page.locator('#drawer-ops-form input[name=pin]').fill('1234');
    await page.locator('#x-report').click();
    const report = page.locator('#x-report-text');
    await report.waitFor();
    expect(await report.textContent()).toContain('LEITURA X');
    await page.keyboard.press('Enter');
    await report.waitFor({ state: 'detached' });
  }, 120_000);

  it('CPF na nota from a customer found by phone; the bill split by two people, one part on the standalone card machine with its NSU, the other in cash', async () => {
    const cpf = '11144477735';
    expect((await admin.post('/customers', { name: 'Maria Cliente', cpf, phone: '11987654321' })).status).toBe(201);
    // The sale screen has settled (the last dialog closed long ago), the focus wherever it was left.
    await page.keyboard.press('Escape');
    await page.keyboard.type(await barcodeOf('prod-beer'));
    await page.keyboard.press('Enter');
    await page.locator('.cart .line').waitFor();
    await page.keyboard.press('F6');
    await page.locator('#cpf-form input[name=customer]').fill('11 98765-4321');
    await page.locator('#cpf-form input[name=customer]').press('Enter');
    await page.locator('#customers button', { hasText: 'Maria Cliente' }).click();
    await page.locator('#cpf-form input[name=taxId]').press('Enter');
    expect(await page.locator('#cart-taxid').textContent()).toContain(cpf);

    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    await page.locator('#payment-form input[name=people]').fill('2');
    await page.locator('#payment-form input[name=amount]').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown'); // Maquininha crédito
    await page.locator('#payment-form input[name=nsu]').fill('778899');
    await page.locator('#payment-form input[name=amount]').press('Enter');
    await page.locator('#pay-paid').waitFor();
    expect(await page.locator('#pay-part').textContent()).toMatch(/^Parte 2 de 2: /);
    await page.locator('#payment-form input[name=amount]').press('Enter');
    await page.locator('#paid').waitFor();
    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; totalCents: number; consumerTaxId?: string }[];
    const half = Math.ceil(order.totalCents / 2);
    const tenders = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { method: string; amountCents: number; provider: string; providerRef: string | null }[];
    expect(tenders.map((p) => [p.method, p.amountCents])).toEqual([
      ['CREDIT', half],
      ['CASH', order.totalCents - half],
    ]);
    expect([tenders[0].provider, tenders[0].providerRef]).toEqual(['CARD_MACHINE', '778899']);
    await page.keyboard.press('Enter');
  }, 120_000);

  it('a new terminal pairs as the POS device registered in the back office (the QR link fills the code); a KDS code is refused in pt-BR', async () => {
    const register = async (kind: string) => (await admin.post('/devices', { name: `Caixa ${kind}`, kind, ...(kind === 'KDS' ? { stations: ['GRILL'] } : {}) })).body.data as { device: { id: string }; pairingCode: string };
    const [pos, kds] = [await register('POS'), await register('KDS')];
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    try {
      const fresh = await context.newPage();
      await fresh.goto(`${appliance.baseUrl}/pos?pair=${kds.pairingCode}`);
      await fresh.locator('#pair-form button').click();
      expect(await fresh.locator('#pair-form [role=alert]').textContent()).toBe('Este código é de outro tipo de dispositivo. Cadastre um dispositivo do tipo Caixa (PDV).');
      await fresh.goto(`${appliance.baseUrl}/pos?pair=${pos.pairingCode}`);
      expect(await fresh.locator('#pair-form input[name=code]').inputValue()).toBe(pos.pairingCode);
      await fresh.locator('#pair-form button').click();
      await fresh.locator('#pin-form').waitFor();
      expect(await fresh.evaluate(() => localStorage.getItem('chefia.pos.terminal'))).toBe(pos.device.id);
      expect((await admin.get(`/devices/${pos.device.id}`)).body.data.status).toBe('ACTIVE');
    } finally {
      await context.close();
    }
  }, 60_000);
});
