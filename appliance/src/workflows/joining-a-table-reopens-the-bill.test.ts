/**
 * Table 4 asked for the bill and got its pré-conta; then the guests of table 5 come over and the
 * waiter joins the tables. The pré-conta on table 4 is no longer the bill (table 5's dishes are on
 * it now): the joined tables show occupied, not "Conta pedida", and asking again prints the whole
 * joined bill. A table joining with nothing ordered changes no bill, so the request stands.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { preBillData } from './printing-prebill.js';
import { apiAs, type Api, startDemoStore } from './test-support.js';

describe('joining a table to one that asked for the bill', () => {
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(() => app.close());

  const openTab = async (tableId: string, productIds: string[]) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string };
    if (productIds.length > 0) expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: productIds.map((productId) => ({ productId, quantity: 1 })) })).status).toBe(200);
    return tab;
  };
  const tableStatus = async (tableId: string) => (await waiter.get(`/tables/${tableId}`)).body.data.status as string;
  const reopenedEvents = (tabId: string) => app.ctx.db.prepare("SELECT count(*) FROM journal WHERE type = 'tables.bill_reopened' AND aggregate_id = ?").pluck().get(tabId) as number;

  it('the dishes of the table that joined open the bill again, and the next pré-conta has them', async () => {
    const four = await openTab('table-4', ['prod-fries']);
    await openTab('table-5', ['prod-beer', 'prod-brownie']);
    expect((await waiter.post(`/tabs/${four.id}/request-bill`)).status).toBe(200);
    expect(await tableStatus('table-4')).toBe('CLOSING');

    const joined = await waiter.post(`/tabs/${four.id}/merge`, { tableId: 'table-5' });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect({ tab: joined.body.data.status, four: await tableStatus('table-4'), five: await tableStatus('table-5'), journaled: reopenedEvents(four.id) }).toEqual({ tab: 'OPEN', four: 'OCCUPIED', five: 'OCCUPIED', journaled: 1 });

    expect((await waiter.post(`/tabs/${four.id}/request-bill`)).status).toBe(200);
    const preBill = await app.ctx.commands.run('test.pre_bill', (tx) => preBillData(tx, four.id, app.ctx), { actor: { type: 'system', id: 'test' } });
    expect(preBill.items).toHaveLength(3);
    expect(await tableStatus('table-5')).toBe('CLOSING');
  });

  it('a table joining with nothing ordered leaves the bill asked for', async () => {
    const six = await openTab('table-6', ['prod-fries']);
    await openTab('table-7', []);
    expect((await waiter.post(`/tabs/${six.id}/request-bill`)).status).toBe(200);

    const joined = await waiter.post(`/tabs/${six.id}/merge`, { tableId: 'table-7' });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect({ tab: joined.body.data.status, six: await tableStatus('table-6'), seven: await tableStatus('table-7'), journaled: reopenedEvents(six.id) }).toEqual({ tab: 'CLOSING', six: 'CLOSING', seven: 'CLOSING', journaled: 0 });
  });
});
