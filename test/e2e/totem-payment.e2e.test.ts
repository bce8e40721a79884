
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';
import { watchRequests } from '../support/request-watch.js';

/*
 * Paying at the self-order kiosk: one charge per order whatever the taps, Pix and card in any order,
 * a dead Pix charge leaves the screen, and the total shown is the total charged.
 */


/**
 * A kiosk paired in a new tab (`/totem?pair=`), with one `productId` in its cart; `query` opens it
 * with options (`idle=3` for a short idle time-out, docs/web-apps.md).
 */
async function kioskWithOne(admin: ApiClient, browser: Browser, baseUrl: string, name: string, productId: string, query = ''): Promise<Page> {
  const code = (await admin.post('/devices', { name, kind: 'KIOSK' })).body.data.pairingCode as string;
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  kiosk.setDefaultTimeout(15_000);
  await kiosk.goto(`${baseUrl}/totem?pair=${code}`);
  await kiosk.locator('#attract').waitFor();
  if (query) await kiosk.goto(`${baseUrl}/totem?${query}`);
  await kiosk.locator('#attract').click();
  await kiosk.locator(`[data-product-id="${productId}"]`).click();
  if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').click();
  await kiosk.locator('#order .line').waitFor();
  return kiosk;
}

/*
 * One demo store for the file (an appliance start is seconds on the test host), its suites run one
 * after the other: each pairs a kiosk of its own and reads the orders its kiosk made (the newest, or
 * those that were not there before it), and the one that adds a kiosk promotion comes last.
 */
let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

const brl = (cents: number) => `R$\u00a0${Math.floor(cents / 100).toLocaleString('pt-BR')},${String(cents % 100).padStart(2, '0')}`;

/**
 * A customer at the kiosk taps "Pagar com cartão" twice (a double tap, or a second tap because
 * nothing seemed to happen): one order is charged once and reaches the kitchen once.
 */
describe('totem: a double tap on "Pagar com cartão" charges one order once', () => {
  it('two taps on the card button make one order and one card payment', async () => {
    const earlier = new Set(((await admin.get('/orders?size=100')).body.data as { id: string }[]).map((o) => o.id));
    const kiosk = await kioskWithOne(admin, browser, appliance.baseUrl, 'Totem do cartão', 'prod-coke');
    const posts = watchRequests(kiosk, (request) => request.method() === 'POST' && request.url().includes('/api/v1/orders'));

    await kiosk.locator('#pay-card').dblclick();
    await kiosk.locator('#done').waitFor();
    // Whatever else was sent has arrived: every order and payment (`/orders/{id}/payments`) the
    // kiosk posted was answered. A second tap's order or charge would be posted within milliseconds
    // of the first, so a quiet second after the last answer still catches it.
    await posts.settled(1000);

    const orders = (await admin.get('/orders?size=20&sort=created_at:desc')).body.data as { id: string; channel: string; status: string }[];
    const kioskOrders = orders.filter((o) => o.channel === 'KIOSK' && !earlier.has(o.id));
    const cardPayments: { method: string; status: string }[] = [];
    for (const o of kioskOrders) cardPayments.push(...((await admin.get(`/orders/${o.id}/payments`)).body.data.payments as { method: string; status: string }[]));
    expect(cardPayments.filter((p) => p.status === 'CAPTURED')).toHaveLength(1);
    expect(kioskOrders.filter((o) => o.status !== 'DRAFT')).toHaveLength(1);
    await kiosk.close();
  }, 120_000);
});

/**
 * At the kiosk a customer chooses Pix, sees the QR, taps "Voltar" (no bank app at hand) and pays by
 * card instead: the Pix charge is withdrawn at the gateway (its QR can no longer be paid on top of
 * the card) and the card pays the same order, which is confirmed.
 */
describe('totem: Pix, "Voltar", then card', () => {
  it('the customer who went back from the Pix QR pays by card and gets a number', async () => {
    const kiosk = await kioskWithOne(admin, browser, appliance.baseUrl, 'Totem Pix e cartão', 'prod-coke');

    await kiosk.locator('#pay-pix').click();
    await kiosk.locator('#pix img').waitFor();
    await kiosk.locator('#pix button', { hasText: 'Voltar' }).click();
    await kiosk.locator('#order').waitFor();

    await kiosk.locator('#pay-card').click();
    await kiosk.locator('#done, #order .problem').first().waitFor();
    const problem = await kiosk.locator('#order .problem').count() ? await kiosk.locator('#order .problem').textContent() : null;
    expect(problem).toBeNull();
    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; number: number; status: string }[];
    expect(await kiosk.locator('#order-number').textContent()).toBe(String(order.number));
    const payments = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { method: string; status: string }[];
    expect(payments.filter((p) => p.status === 'CAPTURED').map((p) => p.method)).toEqual(['CREDIT']);
    // The same order: its PIX charge was withdrawn, so the QR the customer saw cannot be paid on top.
    expect(payments.filter((p) => p.method === 'PIX').map((p) => p.status)).toEqual(['CANCELLED']);
    await kiosk.close();
  }, 120_000);
});

/**
 * A customer asks for Pix at the kiosk and walks away without paying. The idle reset never runs
 * while a payment is on screen; once the charge is gone (expired or cancelled at the gateway) the
 * kiosk takes its QR off the screen and, left alone, goes back to the attract screen.
 */
describe('totem: a Pix charge that is no longer payable does not hold the kiosk', () => {
  it('the abandoned Pix charge is cancelled: the kiosk leaves its QR code and, left alone, goes back to the attract screen', async () => {
    // A short idle time-out so the test need not wait 90 s.
    const kiosk = await kioskWithOne(admin, browser, appliance.baseUrl, 'Totem Pix expirado', 'prod-coke', 'idle=3');
    await kiosk.locator('#pay-pix').click();
    await kiosk.locator('#pix img').waitFor();

    // The customer has gone. The charge ends at the gateway (expired / cancelled): nothing is pending any more.
    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string }[];
    const [charge] = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { id: string }[];
    const cancelled = await admin.post(`/payments/${charge.id}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);

    // The kiosk's next check of the charge takes the QR off; one idle period later it is back on the
    // attract screen, where the next customer finds no dead QR code.
    await kiosk.locator('#pix').waitFor({ state: 'detached' });
    await kiosk.locator('#attract').waitFor();
    expect(await kiosk.locator('#pix').count()).toBe(0);
    await kiosk.close();
  }, 120_000);
});

/**
 * The store runs a promotion for orders made at the kiosk (10 % off on the KIOSK channel, a pricing
 * rule of the back office). The kiosk shows the appliance's total of the cart (`/pricing/simulate`),
 * and that is what the card is charged.
 */
describe('totem: the total on the kiosk is what the card is charged', () => {
  it('a kiosk promotion: the total shown before paying equals the amount charged', async () => {
    const rule = await admin.call('PUT', '/pricing/rules/totem-dez', { kind: 'PERCENT_OFF', percentOffBp: 1000, target: { channels: ['KIOSK'] } });
    expect(rule.status, JSON.stringify(rule.body)).toBe(200);

    const kiosk = await kioskWithOne(admin, browser, appliance.baseUrl, 'Totem promoção', 'prod-fries');
    const shown = await kiosk.locator('#total').textContent();

    await kiosk.locator('#pay-card').click();
    await kiosk.locator('#done').waitFor();
    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; totalCents: number }[];
    const [payment] = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { amountCents: number; status: string }[];
    expect(payment.status).toBe('CAPTURED');
    expect(shown).toBe(brl(payment.amountCents));
    await kiosk.close();
  }, 120_000);
});
