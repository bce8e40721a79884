import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';

/*
 * Many customers carry a debit-only card. The kiosk's card terminal runs what the kiosk asks for,
 * and a debit-only card asked for credit is declined: the kiosk offers both, and a customer who
 * taps "Cartão de débito" pays by debit and gets their number.
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

describe('totem: paying by debit card', () => {
  it('charges the order as debit on the card terminal and shows the number', async () => {
    const code = (await admin.post('/devices', { name: 'Totem débito', kind: 'KIOSK' })).body.data.pairingCode as string;
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    kiosk.setDefaultTimeout(15_000);
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
    await kiosk.locator('#attract').tap();
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
