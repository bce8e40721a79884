import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';

/*
 * A kiosk customer's cases, on one demo store, each at a kiosk paired for it (the day's close last):
 * - "CPF na nota" by touch only: the customer types their CPF on the kiosk's digit keys, a wrong
 *   digit is caught before paying, and the paid order carries the corrected CPF for its NFC-e.
 * - Many customers carry a debit-only card, declined when asked for credit: the kiosk offers both,
 *   and a customer who taps "Cartão de débito" pays by debit and gets their number.
 * - The counter marks the fries "acabou" while a kiosk customer has them in the order: the customer
 *   is not charged, the kiosk says which product is gone, its tile leaves the menu, and once the
 *   customer takes it out of the order the rest is paid and reaches the kitchen.
 * - The kiosk stays on after the day close: a customer who builds an order then is told, in words
 *   meant for them, to order at the counter, not the staff's instruction to open the day; no order
 *   is made.
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

async function pairedKiosk(name: string): Promise<Page> {
  const code = (await admin.post('/devices', { name, kind: 'KIOSK' })).body.data.pairingCode as string;
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  kiosk.setDefaultTimeout(15_000);
  await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
  await kiosk.locator('#attract').click();
  return kiosk;
}

const typeCpf = async (kiosk: Page, digits: string) => {
  for (const digit of digits) await kiosk.locator(`#cpf [data-key="${digit}"]`).tap();
};

describe('totem: CPF na nota', () => {
  it('is typed by touch, corrected after a wrong digit, and reaches the paid order', async () => {
    const kiosk = await pairedKiosk('Totem CPF');
    await kiosk.locator('[data-product-id="prod-coke"]').tap();
    if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').tap();

    await kiosk.locator('#cpf-open').tap();
    await typeCpf(kiosk, '52998224752');
    await kiosk.locator('#cpf-ok').tap();
    expect(await kiosk.locator('#cpf .problem').textContent()).toBe('CPF inválido: confira os números.');
    await kiosk.locator('#cpf-erase').tap();
    await kiosk.locator('#cpf-erase').tap();
    await typeCpf(kiosk, '25');
    await kiosk.locator('#cpf-ok').tap();
    expect(await kiosk.locator('#cpf-open').textContent()).toBe('CPF na nota: ***.***.247-25');

    await kiosk.locator('#pay-card').tap();
    await kiosk.locator('#order-number').waitFor();
    const number = Number(await kiosk.locator('#order-number').textContent());
    const orders = (await admin.get('/orders?size=5&sort=created_at:desc')).body.data as { number: number; consumerTaxId: string | null }[];
    expect(orders.find((o) => o.number === number)?.consumerTaxId).toBe('52998224725');
    await kiosk.close();
  }, 120_000);
});

describe('totem: paying by debit card', () => {
  it('charges the order as debit on the card terminal and shows the number', async () => {
    const kiosk = await pairedKiosk('Totem débito');
    await kiosk.locator('[data-product-id="prod-coke"]').tap();
    if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').tap();
    await kiosk.locator('#order .line').waitFor();

    expect(await kiosk.locator('#pay-debit').textContent()).toBe('Cartão de débito');
    expect(await kiosk.locator('#pay-card').textContent()).toBe('Cartão de crédito');
    await kiosk.locator('#pay-debit').tap();
    await kiosk.locator('#done, #order .problem').first().waitFor();
    expect(await kiosk.locator('#order .problem').count()).toBe(0);

    const [order] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; number: number }[];
    expect(await kiosk.locator('#order-number').textContent()).toBe(String(order.number));
    const payments = (await admin.get(`/orders/${order.id}/payments`)).body.data.payments as { method: string; status: string }[];
    expect(payments.map((p) => [p.method, p.status])).toEqual([['DEBIT', 'CAPTURED']]);
    await kiosk.close();
  }, 120_000);
});

describe('totem: a product switched off while it is in the order', () => {
  it('is not charged, leaves the menu, and the rest of the order is paid', async () => {
    const kiosk = await pairedKiosk('Totem acabou');
    for (const productId of ['prod-coke', 'prod-fries']) {
      await kiosk.locator(`[data-product-id="${productId}"]`).tap();
      if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').tap();
    }
    await expect.poll(() => kiosk.locator('#order .line').count()).toBe(2);

    // The kiosk made the order at the first tap on pay; the fries run out as the card is inserted.
    let switchedOff = false;
    await kiosk.route('**/api/v1/orders/*/payments', async (route) => {
      if (route.request().method() === 'POST' && !switchedOff) {
        switchedOff = true;
        expect((await admin.call('PATCH', '/products/prod-fries', { active: false })).status).toBe(200);
      }
      await route.continue();
    });
    await kiosk.locator('#pay-card').tap();
    await kiosk.locator('#order .problem').waitFor();
    expect(await kiosk.locator('#order .problem').textContent()).toBe('Batata frita está indisponível no momento.');
    await expect.poll(() => kiosk.locator('[data-product-id="prod-fries"]').count(), { timeout: 10_000 }).toBe(0);
    const [refused] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; status: string }[];
    expect(refused.status).toBe('DRAFT');
    expect((await admin.get(`/orders/${refused.id}/payments`)).body.data.payments).toEqual([]);

    await kiosk.locator('#order .line', { hasText: 'Batata frita' }).locator('.remove').tap();
    await expect.poll(() => kiosk.locator('#order .line').count()).toBe(1);
    await kiosk.locator('#pay-card').tap();
    await kiosk.locator('#order-number').waitFor();
    const [paid] = (await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string; number: number; items: { name: string }[] }[];
    expect(await kiosk.locator('#order-number').textContent()).toBe(String(paid.number));
    expect(paid.items.map((i) => i.name)).toEqual(['Coca-Cola lata 350 ml']);
    await kiosk.close();
  }, 120_000);
});

describe('totem: an order while the store\'s day is closed', () => {
  it('tells the customer to order at the counter', async () => {
    const kiosk = await pairedKiosk('Totem fora do horário');
    await kiosk.locator('[data-product-id="prod-coke"]').tap();
    if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').tap();
    await kiosk.locator('#order .line').waitFor();

    // The earlier customers' orders are still at the pass: the close completes them and drops the abandoned draft.
    const closed = await admin.post('/business-days/current/close', { resolve: { completeHandedOver: true, cancelDrafts: true } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const newest = async () => ((await admin.get('/orders?size=1&sort=created_at:desc')).body.data as { id: string }[])[0]?.id ?? null;
    const newestBefore = await newest();

    await kiosk.locator('#pay-card').tap();
    await kiosk.locator('#order .problem').waitFor();
    expect(await kiosk.locator('#order .problem').textContent()).toBe('O totem não está recebendo pedidos agora. Faça seu pedido no balcão.');
    expect(await newest()).toBe(newestBefore);
    await kiosk.close();
  }, 120_000);
});
