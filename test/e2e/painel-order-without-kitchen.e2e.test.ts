
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import { ApiClient } from '../support/http-client.js';

/**
 * A counter sale with nothing for the kitchen (the weighed salad bar, served by the customer) is
 * ready as soon as it is confirmed and handed over once paid: its number never waits under
 * "Preparando" on the order-ready board.
 */
describe('painel: a paid counter sale with nothing for the kitchen does not stay under "Preparando"', () => {
  let appliance: ApplianceProcess;
  let admin: ApiClient;
  let browser: Browser;

  useDemoStoreInBrowser((store) => {
    ({ appliance, admin, browser } = store);
  });

  it('the salad bar plate, confirmed and paid: its number leaves "Preparando"', async () => {
    const code = (await admin.post('/devices', { name: 'Painel do balcão', kind: 'CUSTOMER_DISPLAY' })).body.data.pairingCode as string;
    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    board.setDefaultTimeout(15_000);
    await board.goto(`${appliance.baseUrl}/painel?pair=${code}`);
    await board.locator('#preparing').waitFor();

    const created = await admin.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-salad-bar', quantity: 420 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const confirmed = await admin.post(`/orders/${created.body.data.id}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const order = confirmed.body.data as { id: string; number: number; kitchenTickets: unknown[] };
    expect(order.kitchenTickets).toEqual([]);
    const paid = await admin.post(`/orders/${order.id}/payments`, { method: 'CREDIT', standaloneCard: { brand: 'VISA' } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);

    // The board is one retained snapshot, drawn whole: once it shows a kitchen order confirmed after
    // the payment, it has followed the payment too (in place of a fixed wait for it to catch up).
    const later = await admin.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect((await admin.post(`/orders/${later.body.data.id}/confirm`)).status).toBe(200);
    await board.locator(`#preparing [data-number="${later.body.data.number}"]`).waitFor();
    expect(await board.locator(`#preparing [data-number="${order.number}"]`).count()).toBe(0);
    await board.close();
  }, 120_000);
});
