import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/** The demo store's cashier (appliance/src/auth/demo-users.ts). */
const CASHIER = { username: 'caixa', password: 'Caixa#2026', pin: '2222' };
const READY_TIMEOUT_MS = 120_000;

/** Records, in the page, when an element matching `selector` first shows up (the page's clock is the test's). */
const stampWhenShown = (page: Page, selector: string) =>
  page.evaluate((wanted) => {
    const w = window as unknown as { shownAt?: number };
    delete w.shownAt;
    const look = () => {
      if (w.shownAt === undefined && document.querySelector(wanted)) w.shownAt = Date.now();
    };
    new MutationObserver(look).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, selector);
const shownAt = (page: Page) => page.evaluate(() => (window as unknown as { shownAt?: number }).shownAt);

describe('customer-facing screens (/painel, /cliente, /totem, the menu of /admin) in headless Chromium against the built appliance', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let browser: Browser;
  let dataDir: string;

  const pairingCode = async (name: string, kind = 'CUSTOMER_DISPLAY') => (await admin.post('/devices', { name, kind })).body.data.pairingCode as string;
  const ticketsOf = async (orderId: string) => {
    const stations = (await admin.get('/kds/stations')).body.data as { code: string }[];
    const all = await Promise.all(stations.map(async (s) => (await admin.get(`/kds/${s.code}/tickets`)).body.data as { orderId: string }[]));
    return all.flat().filter((t) => t.orderId === orderId);
  };
  const receiptTexts = (): string[] => {
    const dir = join(appliance.dataDir, 'receipts');
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')) : [];
  };
  const counterOrder = async () => {
    const created = await admin.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    const confirmed = await admin.post(`/orders/${created.body.data.id}/confirm`);
    expect(confirmed.status).toBe(200);
    return confirmed.body.data as { id: string; number: number; kitchenTickets: { ticketId: string; station: string; kind: string }[] };
  };
  /** Bumps every ticket of the order, the expo last; answers when the first bump was sent (the moment the board is measured from). */
  const bumpAll = async (order: Awaited<ReturnType<typeof counterOrder>>) => {
    const ordered = [...order.kitchenTickets].sort((a, b) => Number(a.kind === 'EXPO') - Number(b.kind === 'EXPO'));
    const firstSentAt = Date.now();
    for (const ticket of ordered) expect((await admin.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'bump' })).status).toBe(200);
    return firstSentAt;
  };

  beforeAll(async () => {
    // Chromium starts while the appliance boots: two processes that do not wait on each other.
    const launching = launchChromium();
    try {
      appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: READY_TIMEOUT_MS });
      dataDir = appliance.dataDir;
      admin = await new ApiClient(appliance.baseUrl).login();
    } finally {
      browser = await launching;
    }
  }, 180_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), appliance?.stop()]);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('acceptance 4: a line added on the POS shows on /cliente within 500 ms; the total follows, the idle slides return after payment', async () => {
    // Installed without the till's code, the display shows no sale: it asks which till it faces.
    const display = await browser.newPage({ viewport: { width: 1024, height: 600 } });
    await display.goto(`${appliance.baseUrl}/cliente?pair=${await pairingCode('Tela do cliente caixa 1')}`);
    await display.locator('#choose-till').waitFor();
    expect(await display.url()).not.toContain('pair=');
    // Another till's sale (a manager may show on any till) never reaches this screen.
    const otherTill = { phase: 'CART', lines: [{ name: 'Chope 300 ml', detail: '', quantity: 3, totalCents: 3000 }], totalCents: 3000 };
    expect((await admin.call('PUT', '/customer-displays/pdv-outro', otherTill)).status).toBe(200);
    await display.locator('button[data-terminal="pdv-outro"]').waitFor();
    expect(await display.locator('main').textContent()).not.toMatch(/Chope|R\$/);

    const pos = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    pos.setDefaultTimeout(15_000);
    await pos.goto(`${appliance.baseUrl}/pos`);
    // The terminal's first load builds its catalog cache: slow on a loaded machine.
    await pos.locator('#setup-form').waitFor({ timeout: 60_000 });
    await pos.locator('#setup-form input[name=username]').fill(CASHIER.username);
    await pos.locator('#setup-form input[name=password]').fill(CASHIER.password);
    await pos.keyboard.press('Enter');
    await pos.locator('#drawer-form').waitFor();
    await pos.keyboard.type('100,00');
    await pos.keyboard.press('Enter');
    await pos.locator('#search').waitFor();
    // F1 on the till tells its code and the display's address; the display lists the till once an operator is on it.
    const terminal = await pos.evaluate(() => localStorage.getItem('chefia.pos.terminal'));
    await pos.keyboard.press('F1');
    expect(await pos.locator('#help-customer-display').textContent()).toContain(`/cliente?terminal=${terminal}`);
    await pos.keyboard.press('Escape');
    await pos.locator('#help').waitFor({ state: 'detached' });
    await pos.keyboard.press('F2'); // back to the search field, where the sale screen keeps the focus
    // The technician picks it on the display (a tap, or Tab and Enter): kept for the next start.
    await display.locator(`button[data-terminal="${terminal}"]`).click();
    await display.locator('#idle').waitFor();
    expect(await display.evaluate(() => localStorage.getItem('chefia.cliente.terminal'))).toBe(terminal);
    await admin.call('PUT', '/customer-displays/pdv-outro', { ...otherTill, totalCents: 4000 });

    const barcode = (await admin.get('/products/prod-coke')).body.data.barcode as string;
    // The sale screen gives the search field the focus after it renders; the scanner's keys must
    // come after that hand-over (Escape then leaves the field), or they would be split.
    await pos.waitForFunction(() => document.activeElement?.id === 'search');
    await pos.keyboard.press('Escape');
    await stampWhenShown(pos, '.cart .line');
    await stampWhenShown(display, '#cart .line');
    await pos.keyboard.type(barcode);
    await pos.keyboard.press('Enter');
    await display.locator('#cart .line').waitFor();
    const [onPos, onDisplay] = [await shownAt(pos), await shownAt(display)];
    expect(onPos).toBeTypeOf('number');
    expect(onDisplay! - onPos!).toBeLessThanOrEqual(500);
    expect(await display.locator('#cart .line .name').textContent()).toBe('Coca-Cola lata 350 ml');
    expect(await display.locator('#total').textContent()).toBe(await pos.locator('#cart-total').textContent());

    await pos.keyboard.press('F9');
    await pos.locator('#payment-form').waitFor();
    await pos.keyboard.type('50,00');
    await pos.keyboard.press('Enter');
    await pos.locator('#paid').waitFor();
    await display.locator('#paid .change').waitFor();
    expect(await display.locator('#paid .change').textContent()).toMatch(/^Seu troco: R\$\u00a0\d+,\d\d$/);
    await pos.keyboard.press('Enter');
    await display.locator('#idle').waitFor();
    // A reload at /cliente, no code in the address: the same till.
    await display.goto(`${appliance.baseUrl}/cliente`);
    await display.locator('#idle').waitFor();
    expect(await display.locator('#choose-till').count()).toBe(0);
    await pos.close();
    await display.close();
  }, 120_000);

  it('acceptance 3: the number moves from "Preparando" to "Pronto" within 1 s of the bump, lights up, and leaves on pickup', async () => {
    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await board.goto(`${appliance.baseUrl}/painel?pair=${await pairingCode('Painel do balcão')}`);
    await board.locator('#preparing').waitFor();

    const order = await counterOrder();
    await board.locator(`#preparing [data-number="${order.number}"]`).waitFor();
    await stampWhenShown(board, `#ready [data-number="${order.number}"]`);
    const bumpedAt = await bumpAll(order);
    await board.locator(`#ready [data-number="${order.number}"]`).waitFor();
    expect((await shownAt(board))! - bumpedAt).toBeLessThanOrEqual(1000);
    expect(await board.locator(`#ready [data-number="${order.number}"]`).getAttribute('class')).toContain('fresh');
    expect(await board.locator(`#preparing [data-number="${order.number}"]`).count()).toBe(0);
    // Only numbers: no product, price or name reaches the board.
    expect(await board.locator('main').textContent()).not.toMatch(/Batata|R\$/);

    // Paid at the counter after it was ready: the customer took it, the number goes.
    expect((await admin.post(`/orders/${order.id}/payments`, { method: 'CREDIT', standaloneCard: { brand: 'VISA' } })).status).toBe(201);
    await board.locator(`#ready [data-number="${order.number}"]`).waitFor({ state: 'detached' });
    await board.close();
  }, 120_000);

  it('acceptance 2: a kiosk order paid by PIX reaches the kitchen after the gateway webhook and not before; its number on screen and printed', async () => {
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    kiosk.setDefaultTimeout(15_000);
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${await pairingCode('Totem da entrada', 'KIOSK')}`);
    await kiosk.locator('#attract').click();
    await kiosk.locator('[data-product-id="prod-fries"]').click();
    await kiosk.locator('[data-product-id="prod-coke"]').click();
    await kiosk.locator('[data-product-id="prod-coke"]').click();
    expect(await kiosk.locator('#order .line').allTextContents()).toEqual([expect.stringContaining('1× Batata frita'), expect.stringContaining('2× Coca-Cola')]);
    await kiosk.locator('#pay-pix').click();
    await kiosk.locator('#pix img').waitFor();

    const order = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data[0] as { id: string; number: number; status: string; channel: string };
    expect(order).toMatchObject({ channel: 'KIOSK', status: 'DRAFT' });
    expect(await ticketsOf(order.id)).toEqual([]);
    const [charge] = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { id: string; status: string }[];
    expect(charge.status).toBe('PENDING');

    // The customer pays in the bank app: the simulated gateway sends its webhook.
    const paid = await fetch(`${appliance.baseUrl}/demo/pix/${charge.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    await kiosk.locator('#done').waitFor();
    expect(await kiosk.locator('#order-number').textContent()).toBe(String(order.number));
    expect((await ticketsOf(order.id)).length).toBeGreaterThan(0);
    await expect.poll(() => receiptTexts().some((text) => text.includes(`Pedido nº ${order.number}`)), { timeout: 30_000 }).toBe(true);
    await kiosk.close();
  }, 120_000);

  it('a combo and option groups made in /admin sell at /totem with a half-and-half: the KDS gets every choice and the order the kiosk\'s total', async () => {
    const office = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    office.setDefaultTimeout(15_000);
    await office.goto(`${appliance.baseUrl}/admin#menu`);
    await office.locator('#login-form [name=username]').fill('gerente');
    await office.locator('#login-form [name=password]').fill('Gerente#2026');
    await office.keyboard.press('Enter');
    const form = office.locator('#product-form');
    await form.locator('[name=type]').selectOption('COMBO');
    await form.locator('[name=name]').fill('Combo X-Bacon');
    await form.locator('[name=sku]').fill('CMB-BACON');
    await form.locator('[name=categoryId]').selectOption('cat-combos');
    await form.locator('[name=price]').fill('42,90');
    await form.locator('#combo-items [name=combo-item]').selectOption('prod-bacon-burger');
    const slots = form.locator('#combo-slots');
    await slots.getByRole('button', { name: '+ Escolha do combo' }).click();
    await slots.locator('[name=group-name]').fill('Bebida');
    await slots.getByRole('button', { name: '+ Produto' }).click();
    await slots.locator('[name=option-product]').nth(0).selectOption('prod-coke');
    await slots.locator('[name=option-product]').nth(1).selectOption('prod-guarana');
    await slots.locator('[name=option-price]').nth(1).fill('1,00');
    const groups = form.locator('#modifier-groups');
    await groups.getByRole('button', { name: '+ Grupo de opções' }).click();
    await groups.locator('[name=group-name]').fill('Molho');
    await groups.locator('[name=group-min]').fill('1');
    await groups.getByRole('button', { name: '+ Opção', exact: true }).click();
    await groups.locator('[name=option-name]').nth(0).fill('Maionese verde');
    await groups.locator('[name=option-name]').nth(1).fill('Barbecue');
    await groups.locator('[name=option-price]').nth(1).fill('2,00');
    // The catalog's rule, checked in the form and told in pt-BR: a minimum above the maximum.
    await groups.locator('[name=group-min]').fill('2');
    await form.getByRole('button', { name: 'Adicionar produto' }).click();
    await expect.poll(() => form.locator('.error').textContent()).toContain('o mínimo não pode passar do máximo');
    await groups.locator('[name=group-min]').fill('1');
    await form.getByRole('button', { name: 'Adicionar produto' }).click();
    await form.locator('.ok').waitFor();
    // A new option group on a product already on the menu.
    const panel = office.locator('#option-groups');
    await panel.locator('[name=productId]').selectOption('prod-brownie');
    await panel.getByRole('button', { name: '+ Grupo de opções' }).click();
    await panel.locator('[name=group-name]').fill('Calda');
    await panel.getByRole('button', { name: '+ Opção', exact: true }).click();
    await panel.locator('[name=option-name]').nth(0).fill('Chocolate');
    await panel.locator('[name=option-name]').nth(1).fill('Caramelo');
    await panel.locator('[name=option-price]').nth(1).fill('1,50');
    await panel.getByRole('button', { name: 'Salvar' }).click();
    await panel.locator('.ok').waitFor();
    await office.close();

    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    kiosk.setDefaultTimeout(15_000);
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${await pairingCode('Totem do salão', 'KIOSK')}`);
    await kiosk.locator('#attract').click();
    await kiosk.locator('.products .product', { hasText: 'Combo X-Bacon' }).click();
    await kiosk.locator('#detail [data-option-id="barbecue"]').click();
    await kiosk.locator('#detail [data-option-id="guarana-lata-350-ml"]').click();
    await kiosk.locator('#detail-add').click();
    await kiosk.locator('[data-product-id="prod-pizza-half"]').click();
    expect(await kiosk.locator('#detail .price-rule').textContent()).toContain('sabor mais caro');
    for (const id of ['mozzarella', 'portuguese', 'catupiry-crust']) await kiosk.locator(`#detail [data-option-id="${id}"]`).click();
    await kiosk.locator('#detail-add').click();
    await kiosk.locator('#detail').waitFor({ state: 'detached' });
    await kiosk.locator('[data-product-id="prod-brownie"]').click();
    await kiosk.locator('#detail [data-option-id="caramelo"]').click();
    await kiosk.locator('#detail-add').click();
    await kiosk.locator('#detail').waitFor({ state: 'detached' });
    // 42,90 + 2,00 + 1,00 for the combo; the dearer flavour 52,90 + 8,00 crust for the pizza; 18,90 + 1,50 for the brownie.
    expect(await kiosk.locator('#total').textContent()).toBe('R$\u00a0127,20');
    await kiosk.locator('#pay-pix').click();
    await kiosk.locator('#pix img').waitFor();
    const order = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data[0] as { id: string; totalCents: number };
    expect(order.totalCents).toBe(12720);
    const [charge] = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { id: string }[];
    expect((await fetch(`${appliance.baseUrl}/demo/pix/${charge.id}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
    await kiosk.locator('#done').waitFor();
    await kiosk.close();

    const cooked = (await ticketsOf(order.id)).flatMap((ticket) => (ticket as unknown as { items: { name: string; modifiers: string[] }[] }).items);
    expect(cooked).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'X-Bacon', modifiers: ['Combo: Combo X-Bacon', 'Barbecue'] }),
        expect.objectContaining({ name: 'Guaraná lata 350 ml', modifiers: ['Combo: Combo X-Bacon', 'Barbecue'] }),
        expect.objectContaining({ name: 'Pizza grande meio a meio', modifiers: ['1/2 Mussarela', '1/2 Portuguesa', 'Borda de catupiry'] }),
        expect.objectContaining({ name: 'Brownie com sorvete', modifiers: ['Caramelo'] }),
      ]),
    );
  }, 180_000);

  it('recovers by itself after the appliance restarts: the same numbers, then live again', async () => {
    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await board.goto(`${appliance.baseUrl}/painel?pair=${await pairingCode('Painel da entrada')}`);
    const waiting = await counterOrder();
    const ready = await counterOrder();
    await bumpAll(ready);
    await board.locator(`#ready [data-number="${ready.number}"]`).waitFor();
    await board.locator(`#preparing [data-number="${waiting.number}"]`).waitFor();

    const httpPort = appliance.httpPort;
    await appliance.kill('SIGTERM');
    await board.locator('#offline').waitFor();
    appliance = await spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn', CHEFIA_HTTP_PORT: String(httpPort) }, readyTimeoutMs: READY_TIMEOUT_MS });
    admin = await new ApiClient(appliance.baseUrl).login();
    await board.locator('#offline').waitFor({ state: 'detached', timeout: 30_000 });
    await board.locator(`#ready [data-number="${ready.number}"]`).waitFor();
    await board.locator(`#preparing [data-number="${waiting.number}"]`).waitFor();

    await bumpAll(waiting);
    await board.locator(`#ready [data-number="${waiting.number}"]`).waitFor({ timeout: 5000 });
    await board.locator(`#preparing [data-number="${waiting.number}"]`).waitFor({ state: 'detached' });
    await board.close();
  }, 240_000);
});
