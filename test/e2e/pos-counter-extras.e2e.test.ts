import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { tefFolders } from '../support/tef-folders.js';
import { until } from '../support/until.js';
import { openTerminalShift, scanCodes, searchAndPick } from './pos-steps.js';

/** The demo store's cashier and manager (appliance/src/auth/demo-users.ts). */
const CASHIER = { username: 'caixa', password: 'Caixa#2026', pin: '2222' };
const MANAGER = { username: 'gerente', pin: '1234' };
/** R$ 69,90 per kg × 1,234 kg, rounded half up. */
const SALAD_CENTS = 8626;

interface OrderView {
  id: string;
  number: number;
  status: string;
  totalCents: number;
  items: { productId: string; quantity: number; unit: string }[];
}

describe('POS counter extras in headless Chromium against the built appliance: scale, price rules, past sales, X report, TEF', () => {
  const terminal = tefFolders('chefia-pos-tef-');
  const { tef } = terminal;
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let browser: Browser;
  let page: Page;
  /** The weighed sale, reprinted and refunded later. */
  let weighedOrder: OrderView;

  const printed = (): string[] => {
    const dir = join(appliance.dataDir, 'receipts');
    return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(dir, n), 'utf8')) : [];
  };
  const latestOrder = async () => ((await admin.get('/orders?size=1&sort=created_at:desc')).body.data as OrderView[])[0];
  const placeOnScale = (body: { state: string; grams?: number }) => admin.post('/hardware/balanca-1/virtual/weight', body);

  beforeAll(async () => {
    await tef.start();
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
    admin = await new ApiClient(appliance.baseUrl).login();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    await openTerminalShift(page, appliance.baseUrl, CASHIER, '100,00');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
    await terminal.stop();
    if (appliance) rmSync(appliance.dataDir, { recursive: true, force: true });
  });

  it('weighs the salad on the scale: unstable, then the stable weight and its price live, the line in integer grams, paid in cash', async () => {
    await placeOnScale({ state: 'unstable' });
    await searchAndPick(page, 'buffet');
    const reading = page.locator('#weigh-reading');
    await page.locator('#weigh-reading[data-stable="false"]').waitFor();
    await until('the unstable reading', async () => ((await page.locator('#weigh-state').textContent())?.includes('instável') ? true : undefined));
    expect(await page.locator('#weigh-form button[type=submit]').isDisabled()).toBe(true);

    await placeOnScale({ state: 'stable', grams: 1234 });
    await page.locator('#weigh-reading[data-stable="true"]').waitFor();
    expect(await page.locator('#weigh-grams').textContent()).toBe('1,234\u00a0kg');
    expect(await reading.textContent()).toContain('Peso estável');
    expect(await page.locator('#weigh-total').textContent()).toBe('R$\u00a086,26');
    await page.keyboard.press('Enter');
    await page.locator('#weigh-form').waitFor({ state: 'detached' });
    const line = page.locator('.cart .line', { hasText: 'Buffet de saladas' });
    expect(await line.locator('.qty').textContent()).toBe('1,234\u00a0kg');
    expect(await page.locator('#cart-total').textContent()).toBe('R$\u00a086,26');

    await page.keyboard.press('F9');
    await page.locator('#payment-form').waitFor();
    await page.keyboard.type('100,00');
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor();
    weighedOrder = await latestOrder();
    expect(weighedOrder.totalCents).toBe(SALAD_CENTS);
    expect(weighedOrder.items).toEqual([expect.objectContaining({ productId: 'prod-salad-bar', quantity: 1234, unit: 'GRAM' })]);
    await page.keyboard.press('Enter');
  }, 60_000);

  it("shows on demand which rules made a line's price: the burger's share of the combo, the delivery markup not applied", async () => {
    await searchAndPick(page, 'batata frita');
    await searchAndPick(page, 'burger classico');
    await page.locator('#options-form input:focus').waitFor();
    await page.keyboard.press('Space'); // Ponto da carne: Mal passado
    await page.keyboard.press('Enter');
    await page.locator('#options-form').waitFor({ state: 'detached' });
    await page.keyboard.press('F7');
    const trace = page.locator('#price-trace');
    await trace.locator('#trace-total').waitFor();
    expect(await trace.locator('[data-rule-id="burger-fries-combo"]').getAttribute('class')).toBe('applied');
    expect(await trace.locator('[data-rule-id="burger-fries-combo"]').textContent()).toContain('aplicada: parte do desconto da combinação');
    expect(await trace.locator('[data-rule-id="delivery-markup"]').textContent()).toContain('não aplicada: vale para outro canal');
    await page.keyboard.press('Escape');
    await trace.waitFor({ state: 'detached' });
    // A tap on the other line's price traces that line.
    await page.locator('.cart .line', { hasText: 'Batata frita' }).locator('button.amount').click();
    await trace.locator('[data-rule-id="burger-fries-combo"].applied').waitFor();
    expect(await trace.locator('h2').textContent()).toContain('Batata frita');
    await page.keyboard.press('Escape');
    await trace.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    // The cart re-renders after the key's handler; wait for it rather than read it in the same task.
    await expect.poll(() => page.locator('.cart .line').count()).toBe(0);
  });

  it('reprints the weighed sale (its DANFE) and refunds it with the manager PIN from the past sales (F4)', async () => {
    const copies = () => printed().filter((text) => text.includes('Buffet de saladas')).length;
    const before = await until('the sale on paper', async () => (copies() > 0 ? copies() : undefined), 60_000);
    await page.keyboard.press('F4');
    const form = page.locator('#past-sale-form');
    await form.locator('select[name=order]:focus').waitFor();
    expect(await form.locator('h2').textContent()).toContain(`#${weighedOrder.number}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await until('the reprint notice', async () => ((await page.locator('#notice').textContent())?.includes(`Cupom do pedido #${weighedOrder.number}`) ? true : undefined));
    await until('the copy on paper', async () => (copies() === before + 1 ? true : undefined), 30_000);

    await form.locator('[data-payment-id] input:checked').waitFor();
    await form.locator('input[name=reason]').fill('cliente devolveu');
    await form.locator('input[name=manager]').fill(MANAGER.username);
    await form.locator('input[name=pin]').fill(MANAGER.pin);
    await page.keyboard.press('Enter');
    await until('the refund notice', async () => ((await page.locator('#notice').textContent())?.includes('Estorno de R$\u00a086,26') ? true : undefined));
    const { payments } = (await admin.get(`/orders/${weighedOrder.id}/payments`)).body.data as { payments: { method: string; refundedCents: number }[] };
    expect(payments).toEqual([expect.objectContaining({ method: 'CASH', refundedCents: SALAD_CENTS })]);
    await form.locator('[data-payment-id] input:disabled').waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
  });

  it('prints the X report from the drawer operations (F3) with the manager PIN', async () => {
    await page.keyboard.press('F3');
    const ops = page.locator('#drawer-ops-form');
    await ops.locator('#x-report').click();
    await ops.locator('input[name=pin]').waitFor();
    await ops.locator('input[name=manager]').fill(MANAGER.username);
    await ops.locator('input[name=pin]').fill(MANAGER.pin);
    await ops.locator('#x-report').click();
    await page.locator('#x-report-text').waitFor();
    await page.locator('#x-report-print').click();
    await until('the X report notice', async () => ((await page.locator('#notice').textContent())?.includes('Leitura X enviada') ? true : undefined));
    const paper = await until('the X report on paper', async () => printed().find((text) => text.includes('LEITURA X - PARCIAL DO DIA')), 30_000);
    expect(paper).toContain((await page.locator('#x-report-text').textContent())?.split('\n').find((l) => l.includes('Pedidos'))?.trim() ?? 'Pedidos');
    await page.keyboard.press('Escape');
    await page.locator('#x-report-text').waitFor({ state: 'detached' });
  });

  it('opens the cash drawer with no sale (F3) with a reason and the manager PIN; the pulse reaches the till printer', async () => {
    const pulses = () => printed().filter((text) => text.trim() === '[DRAWER]').length;
    const before = pulses();
    await page.keyboard.press('F3');
    const ops = page.locator('#drawer-ops-form');
    await ops.locator('#open-cash-drawer').click();
    expect(await ops.locator('.error[role=alert]').textContent()).toContain('motivo');
    await ops.locator('input[name=reason]').fill('troco para nota de R$ 100');
    await ops.locator('#open-cash-drawer').click();
    await ops.locator('input[name=pin]').waitFor();
    await ops.locator('input[name=manager]').fill(MANAGER.username);
    await ops.locator('input[name=pin]').fill(MANAGER.pin);
    await ops.locator('#open-cash-drawer').click();
    await until('the drawer notice', async () => ((await page.locator('#notice').textContent())?.includes('Gaveta aberta') ? true : undefined));
    await ops.waitFor({ state: 'detached' });
    await until('the pulse on the till printer', async () => (pulses() === before + 1 ? true : undefined), 30_000);
  });

  it("prices the cart with the store's rules while it is built: a promotion running now shows on the till's lines and total and on the customer display, and is what the cash pays", async () => {
    // A promotion of the counter running now (as the demo store's happy hour on Bebidas does from 17:00).
    const rule = await admin.call('PUT', '/pricing/rules/balcao-guarana-20', { kind: 'PERCENT_OFF', percentOffBp: 2000, target: { productIds: ['prod-guarana'], channels: ['COUNTER'] } });
    expect(rule.status, JSON.stringify(rule.body)).toBe(200);
    try {
      const { priceCents, barcode } = (await admin.get('/products/prod-guarana')).body.data as { priceCents: number; barcode: string };
      const simulated = (await admin.post('/pricing/simulate', { channel: 'COUNTER', lines: [{ productId: 'prod-guarana', quantity: 2 }] })).body.data as { totalCents: number };
      const promoCents = simulated.totalCents;
      expect(promoCents).toBeLessThan(2 * priceCents);
      const brl = (cents: number) => `R$\u00a0${(cents / 100).toFixed(2).replace('.', ',')}`;
      // What the till sends for its customer-facing screen (`/cliente`).
      const pictures: { phase: string; totalCents: number; lines: { totalCents: number }[] }[] = [];
      const onRequest = (request: import('playwright-core').Request) => {
        if (request.method() === 'PUT' && request.url().includes('/api/v1/customer-displays/')) pictures.push(request.postDataJSON());
      };
      page.on('request', onRequest);
      try {
        await scanCodes(page, [barcode]);
        await page.keyboard.press('Escape');
        await page.keyboard.type(barcode);
        await page.keyboard.press('Enter');
        const line = page.locator('.cart .line', { hasText: 'Guaraná' });
        // Priced after a quiet 250 ms and an idle moment, then a round trip: seconds on a loaded run.
        const priced = { timeout: 10_000 };
        await expect.poll(() => line.locator('.qty').textContent(), priced).toBe('2×');
        // The list price is shown at once; the appliance's price replaces it when it answers.
        await expect.poll(() => line.locator('button.amount').textContent(), priced).toBe(brl(promoCents));
        await expect.poll(() => page.locator('#cart-total').textContent(), priced).toBe(brl(promoCents));
        await expect
          .poll(() => pictures.at(-1), priced)
          .toMatchObject({ phase: 'CART', totalCents: promoCents, lines: [{ totalCents: promoCents }] });
      } finally {
        page.off('request', onRequest);
      }

      await page.keyboard.press('F9');
      await page.locator('#payment-form').waitFor();
      expect(await page.locator('#pay-total').textContent()).toBe(brl(promoCents));
      // The till showed the price charged: no "price changed" warning.
      expect(await page.locator('#pay-repriced').count()).toBe(0);
      await page.keyboard.type('50,00');
      await page.keyboard.press('Enter');
      await page.locator('#paid').waitFor();
      expect((await latestOrder()).totalCents).toBe(promoCents);
      await page.keyboard.press('Enter');
      await page.locator('#paid').waitFor({ state: 'detached' });
    } finally {
      await admin.post('/pricing/rules/balcao-guarana-20/active', { active: false });
    }
  });

  it("shows the TEF terminal's progress, a declined card with the way back, then the card approved on a second try", async () => {
    const configured = await admin.post('/hardware', { id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200', transport: { type: 'tef-dial', ...terminal.dirs } });
    expect(configured.status).toBe(200);
    tef.setScenario('decline');
    await scanCodes(page, [(await admin.get('/products/prod-coke')).body.data.barcode as string]);
    await page.keyboard.press('F9');
    const form = page.locator('#payment-form');
    await form.locator('input[name=amount]:focus').waitFor();
    await page.keyboard.press('ArrowDown'); // Dinheiro → Crédito
    expect(await form.locator('input[name=method][value=CREDIT]').isChecked()).toBe(true);
    // Every stage the screen shows while the terminal works, however fast it goes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { cardStages: string[] }).cardStages = seen;
      new MutationObserver(() => {
        const stage = document.querySelector('#card-status')?.getAttribute('data-stage');
        if (stage && seen[seen.length - 1] !== stage) seen.push(stage);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.keyboard.press('Enter');
    const refused = form.locator('#card-status[data-stage="REFUSED"]');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.textContent()).toContain('Cartão não aprovado: TRANSAÇÃO NEGADA');
    expect(await refused.textContent()).toContain('Nada foi cobrado');
    const stages = await page.evaluate(() => (window as unknown as { cardStages: string[] }).cardStages);
    expect(stages[0]).toBe('SENT');
    expect(stages).toContain('ACCEPTED');
    expect(await form.locator('button[type=submit]').textContent()).toBe('Repetir (Enter)');
    expect((await latestOrder()).status).not.toBe('COMPLETED');

    // The way back: Esc returns to choosing how to pay; the customer hands over another card.
    await page.keyboard.press('Escape');
    await refused.waitFor({ state: 'detached' });
    expect(await form.locator('input[name=method][value=CASH]').isChecked()).toBe(true);
    tef.setScenario('approve');
    await form.locator('input[name=amount]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor({ timeout: 30_000 });
    const { payments } = (await admin.get(`/orders/${(await latestOrder()).id}/payments`)).body.data as { payments: { method: string; provider: string; status: string }[] };
    expect(payments).toEqual([expect.objectContaining({ method: 'CREDIT', provider: 'TEF', status: 'CAPTURED' })]);
    await page.keyboard.press('Enter');
  }, 90_000);
});
