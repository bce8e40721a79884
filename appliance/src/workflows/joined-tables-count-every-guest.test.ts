/**
 * Table 5 (three guests) joins table 4 (two guests): the joined bill is for five people. The
 * waiter's phone offers a seat for each of them on the next round, and splits the bill in five
 * equal parts by default, instead of keeping table 4's two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startDemoStore } from './test-support.js';

describe('joining two tables', () => {
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(() => app.close());

  const open = async (tableId: string, guests?: number) => (await waiter.post(`/tables/${tableId}/tab`, guests === undefined ? {} : { guests })).body.data as { id: string };

  it('seats the guests of both tables on the joined bill', async () => {
    const four = await open('table-4', 2);
    await open('table-5', 3);
    const merged = await waiter.post(`/tabs/${four.id}/merge`, { tableId: 'table-5' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.data.guests).toBe(5);
    expect((await waiter.get(`/tabs/${four.id}`)).body.data.guests).toBe(5);
  });

  it('a table opened without a guest count adds none', async () => {
    const seven = await open('table-7', 2);
    await open('table-8');
    const merged = await waiter.post(`/tabs/${seven.id}/merge`, { tableId: 'table-8' });
    expect(merged.body.data.guests).toBe(2);
  });
});
