/**
 * The table asked for the bill, then ordered coffee (or a waiter moved a forgotten beer onto it).
 * The pré-conta they were handed is no longer their bill: the table is back to occupied, so the
 * floor follows the kitchen again (the waiter's phone announces the coffee ready instead of
 * showing "Conta pedida" until the guests leave), and asking for the bill again prints a current
 * pré-conta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { preBillData } from './printing-prebill.js';
import { apiAs, type Api, startDemoStore } from './test-support.js';

describe('ordering again after asking for the bill', () => {
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(() => app.close());

  const openWithRound = async (tableId: string) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string };
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] })).status).toBe(200);
    return tab;
  };
  const tableStatus = async (tableId: string) => (await waiter.get(`/tables/${tableId}`)).body.data.status as string;
  const tabStatus = async (tabId: string) => (await waiter.get(`/tabs/${tabId}`)).body.data.status as string;
  const reopenedEvents = (tabId: string) => app.ctx.db.prepare("SELECT count(*) FROM journal WHERE type = 'tables.bill_reopened' AND aggregate_id = ?").pluck().get(tabId) as number;

  it('a round after the bill request opens the table again', async () => {
    const tab = await openWithRound('table-4');
    expect((await waiter.post(`/tabs/${tab.id}/request-bill`)).status).toBe(200);
    expect(await tableStatus('table-4')).toBe('CLOSING');

    const coffee = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-brownie', quantity: 1 }] });
    expect(coffee.status, JSON.stringify(coffee.body)).toBe(200);
    expect({ table: await tableStatus('table-4'), tab: await tabStatus(tab.id), journaled: reopenedEvents(tab.id) }).toEqual({ table: 'OCCUPIED', tab: 'OPEN', journaled: 1 });

    // The next round on an open tab changes nothing more.
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 1 }] })).status).toBe(200);
    expect(reopenedEvents(tab.id)).toBe(1);
    expect((await waiter.post(`/tabs/${tab.id}/request-bill`)).status).toBe(200);
    expect(await tableStatus('table-4')).toBe('CLOSING');
  });

  it('lines moved onto a table that asked for the bill open it again', async () => {
    const five = await openWithRound('table-5');
    const six = await openWithRound('table-6');
    expect((await waiter.post(`/tabs/${five.id}/request-bill`)).status).toBe(200);
    const fries = (await waiter.get(`/tabs/${six.id}`)).body.data.orders[0].items[0].itemId as string;

    const moved = await waiter.post(`/tabs/${six.id}/transfer-items`, { itemIds: [fries], toTableId: 'table-5' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect({ table: await tableStatus('table-5'), tab: moved.body.data.to.status }).toEqual({ table: 'OCCUPIED', tab: 'OPEN' });
  });

  it('lines moved off a table that asked for the bill open it again, and its next pré-conta is the smaller bill', async () => {
    const seven = (await waiter.post('/tables/table-7/tab', { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${seven.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-beer', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    expect((await waiter.post(`/tabs/${seven.id}/request-bill`)).status).toBe(200);
    const asked = (await waiter.get(`/tabs/${seven.id}`)).body.data as { totalCents: number; orders: { items: { itemId: string; totalCents: number }[] }[] };
    const [, beer] = asked.orders[0].items;

    // The beer was table 8's: the waiter moves it there after the pré-conta was printed.
    const moved = await waiter.post(`/tabs/${seven.id}/transfer-items`, { itemIds: [beer.itemId], toTableId: 'table-8' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect({ table: await tableStatus('table-7'), tab: moved.body.data.from.status, journaled: reopenedEvents(seven.id) }).toEqual({ table: 'OCCUPIED', tab: 'OPEN', journaled: 1 });

    // Asking again prints the bill without the beer.
    expect((await waiter.post(`/tabs/${seven.id}/request-bill`)).status).toBe(200);
    const preBill = await app.ctx.commands.run('test.pre_bill', (tx) => preBillData(tx, seven.id, app.ctx), { actor: { type: 'system', id: 'test' } });
    expect(preBill.totalCents).toBe(asked.totalCents - beer.totalCents);
    expect(await tableStatus('table-7')).toBe('CLOSING');
  });
});
