import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';
import { openTable, tapProduct, waiterPhone } from './waiter-steps.js';

/*
 * The waiter's phone stays on through the service: what the manager changes meanwhile reaches it
 * live, without a reload (which would ask every waiter's PIN again). A table renamed or added in
 * the back office shows on the floor plan as it now is, and guests declining the service charge at
 * the till are seen at the table: the phone no longer offers to charge it.
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

describe('garçom: the floor plan follows the back office live', () => {
  it('a table renamed and a table added show on the phone at once', async () => {
    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular do salão');
    await phone.locator('#floor [data-table-id="table-5"]').waitFor();

    const renamed = await admin.call('PATCH', '/tables/table-5', { label: 'V5' });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    await expect.poll(() => phone.locator('#floor [data-table-id="table-5"] .label').textContent(), { timeout: 5000 }).toBe('V5');

    const section = (await admin.get('/tables/table-5')).body.data.sectionId as string;
    const added = await admin.post('/tables', { sectionId: section, label: 'Extra 1', capacity: 2, gridCol: 9, gridRow: 9 });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    await expect.poll(() => phone.locator('#floor .table .label', { hasText: 'Extra 1' }).count(), { timeout: 5000 }).toBe(1);
    await phone.close();
  }, 120_000);
});

describe('garçom: the service charge declined at the till is declined on the phone', () => {
  it('the split open on the phone stops showing the service charge once the till declines it', async () => {
    const { timeZone: _zone, updatedAt: _saved, ...store } = (await admin.get('/store')).body.data;
    expect((await admin.call('PUT', '/store', { ...store, serviceChargeBp: 1000 })).status).toBe(200);
    const tab = (await admin.post('/tables/table-6/tab', { guests: 2 })).body.data as { id: string };
    expect((await admin.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1, seat: 1 }, { productId: 'prod-coke', quantity: 1, seat: 2 }] })).status).toBe(200);

    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular da taxa');
    await phone.locator('#floor [data-table-id="table-6"]').click();
    await phone.locator('#more').click();
    await phone.locator('#split').click();
    await phone.locator('#service-charge[data-on="true"]').waitFor();

    expect((await admin.post(`/tabs/${tab.id}/service-charge`, { waived: true })).status).toBe(200);
    await phone.locator('#service-charge[data-on="false"]').waitFor({ timeout: 5000 });
    await expect.poll(() => phone.locator('#split-parts .service-share').count(), { timeout: 5000 }).toBe(0);
    await phone.close();
  }, 120_000);
});

/*
 * A waiter is taking table 8's round when a colleague joins table 8 to table 7 (the guests pushed
 * the tables together). The dishes typed and not yet sent stay on the phone, on the joined bill,
 * and go to the kitchen with "Enviar rodada": nothing the guests asked for is lost.
 */
describe('garçom: a round being taken when a colleague joins the table to another', () => {
  it('the lines typed on table 8 stay on the phone after the join and are sent to the joined bill', async () => {
    const joined = (await admin.post('/tables/table-7/tab', { guests: 2 })).body.data as { id: string };
    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular da mesa juntada');
    await openTable(phone, 'table-8', 2);
    await phone.locator('#add-items').click();
    await tapProduct(phone, 'prod-coke', 1);
    await tapProduct(phone, 'prod-fries', 2);
    await phone.locator('#menu-done').click();
    await expect.poll(() => phone.locator('#draft .line').count()).toBe(2);

    expect((await admin.post(`/tabs/${joined.id}/merge`, { tableId: 'table-8' })).status).toBe(200);
    await expect.poll(async () => (await admin.get(`/tabs/${joined.id}`)).body.data.tableIds).toEqual(['table-7', 'table-8']);
    // The phone reads the joined bill (table 8's own tab is gone), its round still there.
    await phone.locator('#draft .line').nth(1).waitFor({ timeout: 5000 });
    await phone.locator('#send-round').click();
    await expect
      .poll(async () => ((await admin.get(`/tabs/${joined.id}`)).body.data.orders as { items: { productId: string }[] }[]).flatMap((o) => o.items.map((i) => i.productId)).sort(), { timeout: 10_000 })
      .toEqual(['prod-coke', 'prod-fries']);
    await phone.close();
  }, 120_000);
});

/*
 * A waiter is taking table 9's round when a colleague moves its guests to table 10 (a bigger
 * table). The phone follows the guests: it shows table 10 with the round still being taken there,
 * and says where they went, instead of a free table 9 that hides the dishes typed.
 */
describe('garçom: a round being taken when a colleague moves the guests to another table', () => {
  it('the phone follows the tab to table 10 with the lines typed and says so', async () => {
    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular da mesa transferida');
    await openTable(phone, 'table-9', 2);
    await phone.locator('#add-items').click();
    await tapProduct(phone, 'prod-coke', 1);
    await phone.locator('#menu-done').click();
    await expect.poll(() => phone.locator('#draft .line').count()).toBe(1);

    const tabId = (await admin.get('/tables/table-9')).body.data.currentTabId as string;
    expect((await admin.post(`/tabs/${tabId}/transfer`, { toTableId: 'table-10' })).status).toBe(200);
    const label = (await admin.get('/tables/table-10')).body.data.label as string;
    await phone.locator('#table h1', { hasText: `Mesa ${label}` }).waitFor({ timeout: 5000 });
    await phone.locator('#notice', { hasText: label }).waitFor({ timeout: 5000 });
    expect(await phone.locator('#draft .line').count()).toBe(1);
    await phone.close();
  }, 120_000);
});

/*
 * A waiter taps with a thumb, on the move: every control of the menu, its options and the round
 * being taken is at least 48 × 48 px, the choices of a dish's options too, and the "×" that takes a
 * dish off the round before it is sent.
 */
describe('garçom: the menu, the options and the round are thumb-sized', () => {
  it('every button, option and "×" is at least 48 px each way', async () => {
    const phone = await waiterPhone(browser, appliance.baseUrl, admin, 'Celular dos toques');
    await openTable(phone, 'table-1', 2);
    await phone.locator('#add-items').click();
    await tapProduct(phone, 'prod-coke', 1);
    await phone.locator('#menu .seats [data-seat="1"]').click();
    await phone.locator('#menu [data-product-id="prod-classic-burger"]').click();
    await phone.locator('#options-form .option').first().waitFor();
    const small = async (selector: string) =>
      (await phone.locator(selector).evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent?.trim() ?? '', ...n.getBoundingClientRect().toJSON() }))))
        .filter((box: { width: number; height: number }) => box.width > 0 && (box.width < 48 || box.height < 48));
    expect(await small('#options-form .option')).toEqual([]);
    await phone.locator('#options-form fieldset').first().locator('input').first().check();
    await phone.locator('#options-add').click();
    expect(await small('#menu button')).toEqual([]);
    await phone.locator('#menu-done').click();
    await phone.locator('#draft .line').nth(1).waitFor();
    expect(await small('#draft button, .actions button')).toEqual([]);
    await phone.close();
  }, 120_000);
});
