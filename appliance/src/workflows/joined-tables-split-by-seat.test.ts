/**
 * Two tables joined on a Friday night are one bill, but each guest is still the guest of their own
 * table's seat: the split by seat keeps table 4's seat 1 apart from table 5's seat 1 ("Mesa 4 ·
 * Lugar 1", "Mesa 5 · Lugar 1"), and a part a guest paid before the tables were joined is still
 * paid after, while the joined bill's own parts can all be charged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

type Part = { label: string; itemIds: string[]; amountCents: number };

describe('splitting the bill of joined tables', () => {
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(new VirtualCardNetwork()) }));
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(() => app.close());

  const openTab = async (tableId: string, items: object[]) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return tab;
  };
  const split = async (tabId: string, body: object) => {
    const answer = await waiter.post(`/tabs/${tabId}/split`, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body.data.parts as Part[];
  };
  const payPart = (tabId: string, part: Part) =>
    waiter.post(`/tabs/${tabId}/card-payments`, { method: 'CREDIT', amountCents: part.amountCents, payerLabel: part.label }, { 'idempotency-key': crypto.randomUUID() });
  const itemsOf = async (tabId: string) => ((await waiter.get(`/tabs/${tabId}`)).body.data.orders as { items: { itemId: string; totalCents: number }[] }[]).flatMap((o) => o.items);

  it('keeps the seats of each table apart', async () => {
    const four = await openTab('table-4', [{ productId: 'prod-beer', quantity: 2, seat: 1 }, { productId: 'prod-fries', quantity: 1, seat: 2 }]);
    const five = await openTab('table-5', [{ productId: 'prod-fries', quantity: 1, seat: 1 }]);
    const [fivesFries] = await itemsOf(five.id);
    const joined = await waiter.post(`/tabs/${four.id}/merge`, { tableId: 'table-5' });
    expect(joined.status).toBe(200);
    // The waiter's phone reads each line's table beside its seat.
    expect(joined.body.data.lineTables[fivesFries.itemId]).toBe('5');

    const parts = await split(four.id, { method: 'SEAT' });
    expect(parts.map((p) => p.label)).toEqual(['table 4 seat 1', 'table 4 seat 2', 'table 5 seat 1']);
    expect(parts[2]).toMatchObject({ itemIds: [fivesFries.itemId], amountCents: fivesFries.totalCents });
    expect(parts.reduce((sum, p) => sum + p.amountCents, 0)).toBe((await waiter.get(`/tabs/${four.id}`)).body.data.totalCents);
  });

  it('a round taken at the joined table after the join is that table\'s seat', async () => {
    const two = await openTab('table-2', [{ productId: 'prod-beer', quantity: 1, seat: 1 }]);
    const three = await openTab('table-3', [{ productId: 'prod-beer', quantity: 1, seat: 1 }]);
    expect((await waiter.post(`/tabs/${two.id}/merge`, { tableId: 'table-3' })).status).toBe(200);

    // Table 3's seat 1 orders fries on the waiter's phone, open on table 3.
    const round = await waiter.post(`/tabs/${three.id}/rounds`, { tableId: 'table-3', items: [{ productId: 'prod-fries', quantity: 1, seat: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const fries = (round.body.data.order.items as { itemId: string; productId: string; totalCents: number }[]).find((i) => i.productId === 'prod-fries')!;
    const parts = await split(two.id, { method: 'SEAT' });
    expect(parts.find((p) => p.label === 'table 3 seat 1')?.itemIds).toContain(fries.itemId);
    expect(parts.find((p) => p.label === 'table 2 seat 1')?.itemIds).not.toContain(fries.itemId);
  });

  it('a dish moved onto the joined table is that table\'s seat', async () => {
    const one = await openTab('table-1', [{ productId: 'prod-brownie', quantity: 1, seat: 2 }]);
    const [brownie] = await itemsOf(one.id);
    const moved = await waiter.post(`/tabs/${one.id}/transfer-items`, { itemIds: [brownie.itemId], toTableId: 'table-3' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const parts = await split(moved.body.data.to.id, { method: 'SEAT' });
    expect(parts.find((p) => p.label === 'table 3 seat 2')?.itemIds).toEqual([brownie.itemId]);
  });

  it('the guests of a joined table moved to another table take their seats along', async () => {
    const tabId = (await waiter.get('/tables/table-2')).body.data.currentTabId as string;
    const before = await split(tabId, { method: 'SEAT' });
    const moved = await waiter.post(`/tabs/${tabId}/transfer`, { fromTableId: 'table-3', toTableId: 'table-10' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const after = await split(tabId, { method: 'SEAT' });
    expect(after.map((p) => [p.label, p.itemIds])).toEqual(before.map((p) => [p.label.replace('table 3 ', 'table 10 '), p.itemIds]));
  });

  it('a seat paid before the join stays paid, the seat of the same number at the other table is charged', async () => {
    const eight = await openTab('table-8', [{ productId: 'prod-beer', quantity: 1, seat: 1 }, { productId: 'prod-fries', quantity: 1, seat: 2 }]);
    const [seat1] = await split(eight.id, { method: 'SEAT' });
    expect((await payPart(eight.id, seat1)).status).toBe(201);
    await openTab('table-9', [{ productId: 'prod-fries', quantity: 1, seat: 1 }]);
    expect((await waiter.post(`/tabs/${eight.id}/merge`, { tableId: 'table-9' })).status).toBe(200);

    const parts = await split(eight.id, { method: 'SEAT' });
    const again = await payPart(eight.id, parts.find((p) => p.label === seat1.label)!);
    expect(again.body.error?.code).toBe('TAB_PART_ALREADY_PAID');
    expect(again.body.error.message).toBe('A parte da mesa 8, lugar 1, já foi paga.');
    const nines = await payPart(eight.id, parts.find((p) => p.label === 'table 9 seat 1')!);
    expect(nines.status, JSON.stringify(nines.body)).toBe(201);
  });

  it('a person paid on a table before it joined another does not block the joined bill\'s person of the same number', async () => {
    const six = await openTab('table-6', [{ productId: 'prod-beer', quantity: 1 }, { productId: 'prod-fries', quantity: 1 }]);
    const [beer, fries] = await itemsOf(six.id);
    const [person1] = await split(six.id, { method: 'ITEMS', groups: [[beer.itemId], [fries.itemId]] });
    expect((await payPart(six.id, person1)).status).toBe(201);
    const seven = await openTab('table-7', [{ productId: 'prod-fries', quantity: 1 }]);
    const [sevensFries] = await itemsOf(seven.id);
    expect((await waiter.post(`/tabs/${six.id}/merge`, { tableId: 'table-7' })).status).toBe(200);

    // The joined bill's person 1 is table 7's guest.
    const [joined1] = await split(six.id, { method: 'ITEMS', groups: [[sevensFries.itemId], [beer.itemId, fries.itemId]] });
    const paid = await payPart(six.id, joined1);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect((await payPart(six.id, joined1)).body.error?.code).toBe('TAB_PART_ALREADY_PAID');
  });
});
