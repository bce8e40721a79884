
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';
import { watchRequests } from '../support/request-watch.js';
import { bumpOrder, openTable, tapProduct, waiterPhone } from './waiter-steps.js';

/*
 * The waiter's phone at the table: a round sent once, a split part paid once, and the kitchen's
 * "pronto" announced even when it came while the phone was off the Wi-Fi.
 */

/** The phone's `tableId` opened for two, with `lines` ([product, seat]) in its draft round, not sent yet. */
async function tableWithDraft(phone: Page, tableId: string, lines: [string, number][]): Promise<Page> {
  await phone.locator(`#floor [data-table-id="${tableId}"][data-status="FREE"]`).waitFor();
  await openTable(phone, tableId, 2);
  await phone.locator('#add-items').click();
  for (const [productId, seat] of lines) await tapProduct(phone, productId, seat);
  await phone.locator('#menu-done').click();
  return phone;
}

/*
 * One demo store for the file (an appliance start is seconds on the test host): each suite works
 * on a table of its own with a phone (a device and browser context) of its own, so none finds
 * another's tab.
 */
let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

/**
 * "Enviar rodada" tapped twice (a double tap on the phone): the round leaves the draft at the first
 * tap and reaches the kitchen once, so the guests get (and pay for) every item once.
 */
describe('garçom: a double tap on "Enviar rodada" sends the round once', () => {
  it('two taps on "Enviar rodada" put the two items on the tab once', async () => {
    const phone = await tableWithDraft(await waiterPhone(browser, appliance.baseUrl, admin, 'Celular da rodada'), 'table-2', [['prod-coke', 1], ['prod-fries', 2]]);
    const rounds = watchRequests(phone, (request) => request.method() === 'POST' && request.url().includes('/rounds'));

    await phone.locator('#send-round').dblclick();
    await phone.locator('#send-round').waitFor({ state: 'detached' });
    await phone.locator('#queued').waitFor({ state: 'detached' });
    await expect.poll(() => phone.locator('#items .item').count()).toBeGreaterThanOrEqual(2);
    // Whatever else was sent has arrived: every round the phone posted was answered. A second round
    // from the second tap would be stored and posted within milliseconds of it (the outbox sends at
    // once), so a quiet second after that still catches it.
    await rounds.settled(1000);
    expect(rounds.started).toBeGreaterThan(0);

    const table = (await admin.get('/tables/table-2')).body.data as { currentTabId: string };
    const tab = (await admin.get(`/tabs/${table.currentTabId}`)).body.data as { orders: { items: { productId: string; status?: string }[] }[] };
    const items = tab.orders.flatMap((o) => o.items.map((i) => i.productId)).sort();
    expect(items).toEqual(['prod-coke', 'prod-fries']);
    expect(await phone.locator('#items .item').count()).toBe(2);
    await phone.close();
  }, 120_000);
});

/**
 * A table of two splits the bill by seat and pays at the table, one guest after the other. After
 * seat 1's card was approved the waiter is back on the split: seat 1 shows *Pago* with no "Cobrar",
 * and the appliance refuses the same part a second time.
 */
describe('garçom: a split part paid at the table is not offered for a second charge', () => {
  it('seat 1 paid by card, back to the split: seat 1 cannot be charged again', async () => {
    const phone = await tableWithDraft(await waiterPhone(browser, appliance.baseUrl, admin, 'Celular da divisão'), 'table-3', [['prod-coke', 1], ['prod-fries', 2]]);
    await phone.locator('#send-round').click();
    await expect.poll(() => phone.locator('#items .item').count()).toBe(2);

    await phone.locator('#more').click();
    await phone.locator('#split').click();
    await expect.poll(() => phone.locator('#split-parts .part').count()).toBe(2);
    await phone.locator('#split-parts .charge[data-part="table 3 seat 1"]').click();
    await phone.locator('#pay-charge').click();
    await phone.locator('#pay-approved').waitFor();
    await phone.locator('#pay-back').click();
    await phone.locator('#split-sheet').waitFor();
    await expect.poll(() => phone.locator('#split-parts .part').count()).toBeGreaterThan(0);

    // Whatever the phone still offers for seat 1 is tapped: nothing charges it again.
    const again = phone.locator('#split-parts .charge[data-part="table 3 seat 1"]');
    if ((await again.count()) > 0 && (await again.isEnabled())) {
      await again.click();
      const charge = phone.locator('#pay-charge');
      if ((await charge.count()) > 0 && (await charge.isEnabled())) {
        await charge.click();
        await phone.locator('#pay-approved, #pay-error').first().waitFor();
      }
    }

    const table = (await admin.get('/tables/table-3')).body.data as { currentTabId: string | null };
    const orderId = table.currentTabId ? ((await admin.get(`/tabs/${table.currentTabId}`)).body.data.primaryOrderId as string) : null;
    expect(orderId).not.toBeNull();
    const payments = (await admin.get(`/orders/${orderId}/payments`)).body.data.payments as { payerLabel: string | null; status: string; amountCents: number }[];
    expect(payments.filter((p) => p.payerLabel === 'table 3 seat 1' && p.status === 'CAPTURED')).toHaveLength(1);
    await phone.close();
  }, 120_000);
});

/**
 * The waiter's phone drops off the Wi-Fi for a moment (a corner of the dining room, the phone asleep
 * in the apron) while the kitchen finishes table 4. The phone shows "sem conexão" as soon as the
 * browser knows the network is gone (not a keepalive's 15 s later: rounds typed meanwhile queue on
 * the phone instead of being sent into a dead link). Back online, the floor is read again and the
 * phone announces the food waiting at the pass ("Mesa 4: pedido pronto!").
 */
describe('garçom: food that became ready during a Wi-Fi drop is announced when the phone is back', () => {
  it('table 4 bumped while the phone was offline: "Mesa 4: pedido pronto!" once it is back', async () => {
    const phone = await tableWithDraft(await waiterPhone(browser, appliance.baseUrl, admin, 'Celular sem Wi-Fi'), 'table-4', [['prod-fries', 1]]);
    await phone.locator('#send-round').click();
    await expect.poll(() => phone.locator('#items .item').count()).toBe(1);
    await phone.locator('#back').click();
    await phone.locator('#floor [data-table-id="table-4"][data-status="WAITING"]').waitFor();

    await phone.context().setOffline(true);
    await phone.locator('#offline').waitFor({ timeout: 10_000 });
    const table = (await admin.get('/tables/table-4')).body.data as { currentTabId: string };
    const tab = (await admin.get(`/tabs/${table.currentTabId}`)).body.data as { primaryOrderId: string };
    expect(await bumpOrder(admin, tab.primaryOrderId)).toBeGreaterThan(0);
    await phone.context().setOffline(false);

    await phone.locator('#offline').waitFor({ state: 'detached', timeout: 30_000 });
    await phone.locator('#floor [data-table-id="table-4"][data-status="READY"]').waitFor();
    await phone.locator('#notice', { hasText: 'Mesa 4: pedido pronto!' }).waitFor({ timeout: 5000 });
    await phone.close();
  }, 120_000);
});

/**
 * A guest gives up a dish already sent to the kitchen: the waiter picks it, *Mais* → *Cancelar
 * item*, types the reason and the manager's username and PIN. The dish leaves the tab and its
 * total, and the order records it cancelled; a wrong PIN is refused in the appliance's words and
 * cancels nothing.
 */
describe('garçom: a dish the guest gave up is cancelled with the manager\'s PIN', () => {
  it('takes the dish off the tab and its total; a wrong PIN cancels nothing', async () => {
    const phone = await tableWithDraft(await waiterPhone(browser, appliance.baseUrl, admin, 'Celular do cancelamento'), 'table-6', [['prod-coke', 1], ['prod-fries', 2]]);
    await phone.locator('#send-round').click();
    await expect.poll(() => phone.locator('#items .item').count()).toBe(2);
    const totalBefore = await phone.locator('#tab-total').textContent();

    const table = (await admin.get('/tables/table-6')).body.data as { currentTabId: string };
    const tabOf = async () => (await admin.get(`/tabs/${table.currentTabId}`)).body.data as { orders: { items: { itemId: string; productId: string; status: string }[] }[] };
    const fries = (await tabOf()).orders.flatMap((o) => o.items).find((i) => i.productId === 'prod-fries')!;

    await phone.locator(`#items .item[data-item-id="${fries.itemId}"]`).tap();
    await phone.locator('#more').tap();
    await phone.locator('#cancel-item').tap();
    await phone.locator('#cancel-item-sheet').waitFor();
    await phone.locator('#cancel-item-sheet [name=reason]').fill('cliente desistiu');
    await phone.locator('#cancel-item-sheet [name=manager]').fill('gerente');
    await phone.locator('#cancel-item-sheet [name=pin]').fill('0000');
    if (process.env.CHEFIA_E2E_SCREENSHOT_DIR) await phone.screenshot({ path: join(process.env.CHEFIA_E2E_SCREENSHOT_DIR, 'garcom-cancel-item.png') });
    await phone.locator('#confirm-cancel-item').tap();
    await phone.locator('#notice', { hasText: 'Autorização de gerente inválida' }).waitFor();
    expect((await tabOf()).orders.flatMap((o) => o.items).find((i) => i.itemId === fries.itemId)?.status).not.toBe('CANCELLED');

    await phone.locator('#cancel-item-sheet [name=pin]').fill('1234');
    await phone.locator('#cancel-item-sheet [name=pin]').press('Enter');
    await phone.locator('#notice', { hasText: 'Cancelado: 1× Batata frita' }).waitFor();
    await phone.locator('#cancel-item-sheet').waitFor({ state: 'detached' });
    await expect.poll(() => phone.locator('#items .item').count()).toBe(1);
    expect(await phone.locator(`#items .item[data-item-id="${fries.itemId}"]`).count()).toBe(0);
    expect(await phone.locator('#tab-total').textContent()).not.toBe(totalBefore);
    expect((await tabOf()).orders.flatMap((o) => o.items).find((i) => i.itemId === fries.itemId)?.status).toBe('CANCELLED');
    await phone.close();
  }, 120_000);
});
