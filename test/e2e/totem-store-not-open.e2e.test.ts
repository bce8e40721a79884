import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';

/*
 * The kiosk stays on after the day close and before the manager opens the next day. A customer who
 * builds an order then is told, in words meant for them, that the kiosk is not taking orders and
 * to order at the counter, not the staff's instruction to open the day; no order is made.
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

describe('totem: an order while the store\'s day is closed', () => {
  it('tells the customer to order at the counter', async () => {
    const code = (await admin.post('/devices', { name: 'Totem fora do horário', kind: 'KIOSK' })).body.data.pairingCode as string;
    const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    kiosk.setDefaultTimeout(15_000);
    await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
    await kiosk.locator('#attract').tap();
    await kiosk.locator('[data-product-id="prod-coke"]').tap();
    if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').tap();
    await kiosk.locator('#order .line').waitFor();

    const closed = await admin.post('/business-days/current/close');
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
