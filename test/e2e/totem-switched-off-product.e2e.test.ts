import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';

/*
 * The counter marks the fries "acabou" while a kiosk customer has them in the order. The customer
 * is not charged: the kiosk says which product is gone, its tile leaves the menu, and once the
 * customer takes it out of the order the rest is paid and reaches the kitchen.
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

describe('totem: a product switched off while it is in the order', () => {
  it('is not charged, leaves the menu, and the rest of the order is paid', async () => {
    const code = (await admin.post('/devices', { name: 'Totem acabou', kind: 'KIOSK' })).body.data.pairingCode as string;
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    kiosk.setDefaultTimeout(15_000);
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
    await kiosk.locator('#attract').tap();
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
