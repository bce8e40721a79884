import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';

/*
 * The kiosk as customers meet it all day, on one demo store: touch targets a standing customer can
 * hit; payments that do not end the usual way (a Pix QR the customer went back from, one nobody
 * pays, a card approved whose answer never reached the kiosk), where no charge stays payable at the
 * bank for an order nobody waits for, the next customer never finds someone else's QR or order,
 * and a customer who paid gets their number; and the menu the next customer finds after the
 * counter changed it (last: it takes the fries off the menu).
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

/** A kiosk paired in a new tab, on its menu; `query` opens it with options (`idle=4`: a short idle time-out). */
async function pairedKiosk(name: string, query = ''): Promise<Page> {
  const code = (await admin.post('/devices', { name, kind: 'KIOSK' })).body.data.pairingCode as string;
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  kiosk.setDefaultTimeout(15_000);
  await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
  await kiosk.locator('#attract').waitFor();
  if (query) await kiosk.goto(`${appliance.baseUrl}/totem?${query}`);
  await kiosk.locator('#attract').click();
  return kiosk;
}

async function addProduct(kiosk: Page, productId: string): Promise<void> {
  const lines = await kiosk.locator('#order .line').count();
  await kiosk.locator(`[data-product-id="${productId}"]`).click();
  if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').click();
  await expect.poll(() => kiosk.locator('#order .line').count()).toBe(lines + 1);
}

const TARGET_PX = 88;

/*
 * The kiosk is used standing, by every kind of customer, on a portrait touch screen: every button
 * of the order screen (categories, products, the order's lines, payment) and of a product's
 * choices is at least 88 px in both directions, as the store was promised.
 */
describe('totem: touch targets', () => {
  it('are at least 88 px on the order and in a product\'s choices', async () => {
    const kiosk = await pairedKiosk('Totem toque');
    await addProduct(kiosk, 'prod-coke');

    const small = () =>
      kiosk.locator('button:visible').evaluateAll((buttons, min) =>
        buttons.flatMap((b) => {
          const box = b.getBoundingClientRect();
          return box.width < min || box.height < min ? [`${b.getAttribute('aria-label') ?? b.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`] : [];
        }), TARGET_PX);
    expect(await small()).toEqual([]);

    await kiosk.locator('[data-product-id="prod-classic-burger"]').click();
    await kiosk.locator('.detail').waitFor();
    expect(await small()).toEqual([]);
    await kiosk.close();
  }, 120_000);
});

const newestOrder = async () => ((await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; number: number }[])[0];

/** Shows the QR of the order on screen, then goes back from it; answers that order's id. */
async function pixThenBack(kiosk: Page): Promise<string> {
  await kiosk.locator('#pay-pix').click();
  await kiosk.locator('#pix img').waitFor();
  const order = await newestOrder();
  await kiosk.locator('#pix button', { hasText: 'Voltar' }).click();
  await kiosk.locator('#order').waitFor();
  return order.id;
}

const pixStatuses = async (orderId: string) =>
  ((await admin.get(`/orders/${orderId}/payments`)).body.data.payments as { method: string; status: string }[]).filter((p) => p.method === 'PIX').map((p) => p.status);

describe('totem: the Pix QR the customer went back from', () => {
  it('is withdrawn when the customer changes the order and pays it by Pix', async () => {
    const kiosk = await pairedKiosk('Totem Pix trocado');
    await addProduct(kiosk, 'prod-coke');
    const first = await pixThenBack(kiosk);

    await addProduct(kiosk, 'prod-fries');
    await kiosk.locator('#pay-pix').click();
    await kiosk.locator('#pix img').waitFor();
    const second = await newestOrder();
    expect(second.id).not.toBe(first);

    expect(await pixStatuses(first)).toEqual(['CANCELLED']);
    expect(await pixStatuses(second.id)).toEqual(['PENDING']);
    await kiosk.close();
  }, 120_000);

  it('is withdrawn when the customer cancels the order', async () => {
    const kiosk = await pairedKiosk('Totem Pix desistido');
    await addProduct(kiosk, 'prod-coke');
    const left = await pixThenBack(kiosk);

    await kiosk.locator('#order button', { hasText: 'Cancelar pedido' }).click();
    await kiosk.locator('#attract').waitFor();
    await expect.poll(() => pixStatuses(left), { timeout: 10_000 }).toEqual(['CANCELLED']);
    await kiosk.close();
  }, 120_000);
});

/*
 * The gateway keeps a charge payable for hours (until the end of the day, or 24 h): left untouched
 * well past the time a bank app takes, the QR's charge is withdrawn and the kiosk goes back to its
 * attract screen.
 */
describe('totem: a Pix QR nobody pays', () => {
  it('is withdrawn and the kiosk is free for the next customer', async () => {
    const kiosk = await pairedKiosk('Totem Pix esquecido', 'idle=4');
    await addProduct(kiosk, 'prod-coke');
    await kiosk.locator('#pay-pix').click();
    await kiosk.locator('#pix img').waitFor();
    const order = await newestOrder();

    // Nobody touches the kiosk.
    await kiosk.locator('#attract').waitFor({ timeout: 45_000 });
    expect(await pixStatuses(order.id)).toEqual(['CANCELLED']);
    await kiosk.close();
  }, 120_000);
});

/*
 * The card terminal approved the customer's card, but the kiosk's Wi-Fi dropped before the
 * appliance's answer reached it: the customer paid, the kiosk shows their number rather than an
 * error that sends them to the counter (or a second try refused as "already paid").
 */
describe('totem: a card payment whose answer never reached the kiosk', () => {
  it('shows the paid order\'s number', async () => {
    const kiosk = await pairedKiosk('Totem Wi-Fi fraco');
    await addProduct(kiosk, 'prod-coke');

    // The appliance takes the payment; its answer is lost on the way back.
    await kiosk.route('**/api/v1/orders/*/payments', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await kiosk.locator('#pay-card').click();

    await kiosk.locator('#done, #order .problem').first().waitFor();
    const order = await newestOrder();
    expect(await kiosk.locator('#order .problem').count()).toBe(0);
    expect(await kiosk.locator('#order-number').textContent()).toBe(String(order.number));
    await kiosk.close();
  }, 120_000);
});

/*
 * The kiosk stays on all day. When the manager marks a product out of stock at the counter ("acabou")
 * or changes today's price, the next customer who starts an order at the kiosk finds the menu as the
 * counter sells it: no tile for what ran out, the new price on the tile.
 */
describe('totem: the menu of the next customer', () => {
  it('leaves out a product marked out of stock and shows today\'s price', async () => {
    // A first customer looks at the menu and leaves.
    const kiosk = await pairedKiosk('Totem do dia');
    await kiosk.locator('[data-product-id="prod-fries"]').waitFor();
    await kiosk.locator('#order button', { hasText: 'Cancelar pedido' }).click();
    await kiosk.locator('#attract').waitFor();

    expect((await admin.call('PATCH', '/products/prod-fries', { active: false })).status).toBe(200);
    expect((await admin.call('PATCH', '/products/prod-coke', { priceCents: 777 })).status).toBe(200);

    // The next customer.
    await kiosk.locator('#attract').click();
    await expect.poll(() => kiosk.locator('[data-product-id="prod-fries"]').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => kiosk.locator('[data-product-id="prod-coke"] .price').textContent(), { timeout: 10_000 }).toBe('R$\u00a07,77');
    await kiosk.close();
  }, 120_000);
});
