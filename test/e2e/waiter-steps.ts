import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../support/http-client.js';

/** The demo store's waiter (appliance/src/auth/demo-users.ts). */
export const WAITER = { username: 'garcom', pin: '3333' };
export const PHONE = { width: 360, height: 740 };

/** A phone paired as a new WAITER_TABLET (the back office's code in the address), its waiter signed in by PIN. */
export async function waiterPhone(browser: Browser, baseUrl: string, admin: ApiClient, name: string, beforeLogin?: (phone: Page) => Promise<void>): Promise<Page> {
  const phone = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  phone.setDefaultTimeout(15_000);
  const pairingCode = (await admin.post('/devices', { name, kind: 'WAITER_TABLET' })).body.data.pairingCode as string;
  await phone.goto(`${baseUrl}/garcom?pair=${pairingCode}`);
  await phone.locator('#login-form').waitFor();
  await beforeLogin?.(phone);
  await phone.locator('#login-form input[name=username]').fill(WAITER.username);
  await phone.locator('#login-form input[name=pin]').fill(WAITER.pin);
  await phone.locator('#login-form button[type=submit]').click();
  await phone.locator('#floor .table').first().waitFor();
  return phone;
}

/** Taps a product in the open menu for a seat; a product with options gets the first choices each group needs (or `flavours` of a multi-choice one), and a note. */
export async function tapProduct(phone: Page, productId: string, seat: number, options: { flavours?: number; note?: string } = {}): Promise<void> {
  await phone.locator(`#menu .seats [data-seat="${seat}"]`).click();
  await phone.locator(`#menu [data-product-id="${productId}"]`).click();
  if (!(await phone.locator('#options-form').isVisible())) return;
  for (const group of await phone.locator('#options-form fieldset').all()) {
    const boxes = group.locator('input');
    const needs = (await group.locator('legend small').textContent())?.match(/escolha (\d)|de (\d)/);
    const multi = (await boxes.first().getAttribute('type')) === 'checkbox';
    const count = Math.max(needs ? Number(needs[1] ?? needs[2]) : 0, multi ? (options.flavours ?? 0) : 0);
    for (let i = 0; i < count; i++) await boxes.nth(i).check();
  }
  if (options.note) await phone.locator('#options-form input[name=notes]').fill(options.note);
  await phone.locator('#options-add').click();
}

/** Opens a tab on a free table from the floor plan for `guests` people. */
export async function openTable(phone: Page, tableId: string, guests: number): Promise<void> {
  await phone.locator(`#floor [data-table-id="${tableId}"]`).click();
  const shown = Number(await phone.locator('#guests').textContent());
  for (let i = shown; i < guests; i++) await phone.locator('#more-guests').click();
  await phone.locator('#open-tab button[type=submit]').click();
  await phone.locator('#add-items').waitFor();
}

/** The kitchen bumps every ticket of an order, the expo last (through the KDS API, as a screen would). */
export async function bumpOrder(admin: ApiClient, orderId: string): Promise<number> {
  const stations = (await admin.get('/kds/stations')).body.data as { code: string }[];
  const tickets = (await Promise.all(stations.map(async (s) => (await admin.get(`/kds/${s.code}/tickets`)).body.data as { ticketId: string; station: string; kind: string; orderId: string }[])))
    .flat()
    .filter((x) => x.orderId === orderId)
    .sort((a, b) => Number(a.kind === 'EXPO') - Number(b.kind === 'EXPO'));
  for (const ticket of tickets) {
    const bumped = await admin.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'bump' });
    if (bumped.status !== 200) throw new Error(`bump ${ticket.ticketId}: ${JSON.stringify(bumped.body)}`);
  }
  return tickets.length;
}
