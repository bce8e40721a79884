import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { type ApplianceProcess, spawnAppliance } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';
import { openTerminalShift, scanCodes } from './pos-steps.js';

/** The demo store's cashier (appliance/src/auth/demo-users.ts). */
const CASHIER = { username: 'caixa', password: 'Caixa#2026', pin: '2222' };
/** Where the screens are saved to be looked at (`CHEFIA_E2E_SCREENSHOT_DIR`), none in a plain run. */
const SHOTS = process.env.CHEFIA_E2E_SCREENSHOT_DIR;

interface OrderView {
  id: string;
  number: number;
  channel: string;
  status: string;
  totalCents: number;
  deliveryFeeCents: number;
  paidAt: string | null;
  items: { totalCents: number; status: string }[];
}

describe('POS delivery order in headless Chromium against the built demo appliance', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let browser: Browser;
  let page: Page;

  const barcodeOf = async (productId: string) => (await admin.get(`/products/${productId}`)).body.data.barcode as string;
  const latestOrder = async () => ((await admin.get('/orders?size=1&sort=created_at:desc')).body.data as OrderView[])[0];
  const orderOf = async (id: string) => (await admin.get(`/orders/${id}`)).body.data as OrderView;

  /** The address typed field by field as the customer dictates it, Tab between fields, as people write CEP and phone. */
  const typeAddress = async () => {
    await page.locator('#delivery-form').waitFor();
    for (const [i, value] of ['Maria Souza', '(11) 98888-7777', '05422-010', 'Rua dos Pinheiros', '1200', 'apto 31', 'Pinheiros', 'São Paulo', 'SP', 'perto do metrô Faria Lima'].entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
  };

  beforeAll(async () => {
    const launching = launchChromium();
    try {
      appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 120_000 });
      admin = await new ApiClient(appliance.baseUrl).login();
    } finally {
      browser = await launching;
    }
    // The demo store has no delivery zone: the manager sets up one by neighbourhood.
    const zone = await admin.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 });
    expect(zone.status).toBe(201);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(15_000);
    await openTerminalShift(page, appliance.baseUrl, CASHIER, '100,00');
  }, 180_000);
  afterAll(async () => {
    await Promise.all([browser?.close(), appliance?.stop()]);
    if (appliance) rmSync(appliance.dataDir, { recursive: true, force: true });
  });

  it('paid at the door in cash: the cashier types the address, sees the zone fee and total, asks change for R$ 100,00; the order is DELIVERY, in the kitchen, with the fee', async () => {
    await scanCodes(page, [await barcodeOf('prod-coke'), await barcodeOf('prod-guarana')]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/pos-delivery-sale.png` });
    await page.keyboard.press('F5');
    await typeAddress();
    await page.locator('#delivery-fee').waitFor();
    expect(await page.locator('#delivery-fee').textContent()).toBe('R$\u00a07,00');
    expect(await page.locator('#delivery-zone').textContent()).toBe('Zona Pinheiros · cerca de 40 min');
    const goods = Number((await page.locator('#delivery-goods').textContent())!.replace(/\D/g, ''));
    expect(await page.locator('#delivery-total').textContent()).toBe(`R$\u00a0${((goods + 700) / 100).toFixed(2).replace('.', ',')}`);

    // Dinheiro is the default for "na entrega"; the change-for note is typed into its field.
    await page.locator('input[name=changeFor]').fill('100,00');
    await page.locator('#delivery-change').waitFor();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/pos-delivery-dialog.png` });
    expect(await page.locator('#delivery-form').evaluate((form) => form.scrollHeight <= form.clientHeight)).toBe(true);
    await page.locator('input[name=changeFor]').press('Enter');

    await page.locator('#delivery-placed').waitFor();
    const placedText = await page.locator('#delivery-placed').textContent();
    expect(placedText).toContain('Saiu para a cozinha; despache em Entregas.');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/pos-delivery-placed.png` });
    expect(await page.locator('.cart .line').count()).toBe(0);

    const order = await latestOrder();
    expect(placedText).toContain(`pedido #${order.number}`);
    expect(order.channel).toBe('DELIVERY');
    expect(order.status).toBe('CONFIRMED');
    expect(order.deliveryFeeCents).toBe(700);
    expect(order.totalCents).toBe(goods + 700);
    const delivery = (await admin.get(`/delivery/orders/${order.id}`)).body.data;
    expect(delivery).toMatchObject({ prepaid: false, paymentMethod: 'CASH', changeForCents: 10_000, feeCents: 700, status: 'PENDING' });
    expect(delivery.destination).toMatchObject({ recipientName: 'Maria Souza', phone: '(11) 98888-7777', postalCode: '05422010', district: 'Pinheiros', state: 'SP' });
    await page.keyboard.press('Enter');
    await page.locator('#delivery-placed').waitFor({ state: 'detached' });
  });

  it('"pagar agora": the fee joins the order, the till takes its new total in cash, and the courier collects nothing when dispatched', async () => {
    await scanCodes(page, [await barcodeOf('prod-coke')]);
    // Touch: the cart's "Entrega" button, the "Pagar agora" choice tapped.
    await page.locator('#cart-delivery').click();
    await typeAddress();
    await page.locator('#delivery-fee').waitFor();
    const total = await page.locator('#delivery-total').textContent();
    await page.getByLabel('Pagar agora').click();
    // The smaller till the POS supports: the whole dialog still fits.
    await page.setViewportSize({ width: 1024, height: 768 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/pos-delivery-pay-now-1024.png` });
    expect(await page.locator('#delivery-form').evaluate((form) => form.scrollHeight <= form.clientHeight)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Confirmar e pagar (Enter)' }).click();

    await page.locator('#payment-form').waitFor();
    expect(await page.locator('#pay-total').textContent()).toBe(total);
    await page.keyboard.type('50,00');
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor();

    const order = await latestOrder();
    expect(order.channel).toBe('DELIVERY');
    expect(order.deliveryFeeCents).toBe(700);
    expect(order.paidAt).not.toBeNull();
    const delivery = (await admin.get(`/delivery/orders/${order.id}`)).body.data;
    expect(delivery.prepaid).toBe(false);
    // The kitchen has it ready (a paid order the store's hand-over policy completed already may leave as it is).
    if (order.status !== 'COMPLETED') expect((await admin.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = await admin.post('/delivery/couriers', { name: 'João Entregador', payPerDeliveryCents: 500, active: true });
    expect(courier.status).toBe(201);
    const dispatched = await admin.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.body.data.id });
    expect(dispatched.body.error).toBeNull();
    expect(dispatched.status).toBe(200);
    expect(dispatched.body.data.amountDueCents).toBe(0);
    expect(dispatched.body.data.status).toBe('OUT_FOR_DELIVERY');
    expect((await orderOf(order.id)).totalCents).toBe(order.totalCents);
  });

  it('offline, the delivery button tells the cashier it needs the connection instead of queueing', async () => {
    await page.keyboard.press('Enter');
    await page.locator('#paid').waitFor({ state: 'detached' });
    await scanCodes(page, [await barcodeOf('prod-coke')]);
    await page.context().setOffline(true);
    try {
      // The live link drops: the status bar says "sem conexão".
      await page.locator('#offline').waitFor({ timeout: 30_000 });
      await page.keyboard.press('F5');
      await page.locator('.notice.error', { hasText: 'Entrega precisa do servidor da loja' }).waitFor();
      await page.locator('#cart-delivery').click();
      expect(await page.locator('#delivery-form').count()).toBe(0);
      expect(await page.locator('#pending').count()).toBe(0);
      expect(await page.locator('.cart .line').count()).toBe(1);
    } finally {
      await page.context().setOffline(false);
    }
  });
});
