import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { tablesModule } from './index.js';

describe('floor editor routes: sections, new tables and their place on the grid', () => {
  let app: TestAppliance;
  const call = async (method: string, path: string, body?: unknown, permissions = ['tables.read', 'tables.manage']) => {
    const res = await app.ctx.root.request(`/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: app.bearer(permissions) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    app = await startTestAppliance([tablesModule]);
  });
  afterAll(() => app.close());

  it('adds a section and tables on free cells, moves a table across sections, and journals each change', async () => {
    const layout = await call('POST', '/table-layouts', { name: 'Salão', sections: [{ name: 'Interno', tables: [{ label: '1', capacity: 4 }] }] });
    expect(layout.status).toBe(201);
    const inside = layout.body.data.sections[0];
    expect(inside.tables[0]).toMatchObject({ label: '1', gridCol: null, gridRow: null });
    const terrace = await call('POST', `/table-layouts/${layout.body.data.id}/sections`, { name: 'Varanda' });
    expect([terrace.status, terrace.body.data.name, terrace.body.data.sortOrder]).toEqual([201, 'Varanda', 2]);

    const two = await call('POST', '/tables', { sectionId: inside.id, label: '2', capacity: 6, gridCol: 3, gridRow: 1 });
    expect([two.status, two.body.data.gridCol, two.body.data.gridRow, two.body.data.seats]).toEqual([201, 3, 1, 6]);
    const one = inside.tables[0].id;
    const placed = await call('PUT', `/tables/${one}/placement`, { gridCol: 0, gridRow: 0 });
    expect([placed.status, placed.body.data.gridCol]).toEqual([200, 0]);
    const moved = await call('PUT', `/tables/${one}/placement`, { sectionId: terrace.body.data.id, gridCol: 3, gridRow: 1 });
    expect([moved.body.data.sectionId, moved.body.data.gridCol, moved.body.data.gridRow]).toEqual([terrace.body.data.id, 3, 1]);

    const floor = (await call('GET', '/table-layouts')).body.data[0];
    expect(floor.sections.map((s: { name: string; tables: { label: string }[] }) => [s.name, s.tables.map((t) => t.label)])).toEqual([['Interno', ['2']], ['Varanda', ['1']]]);
    expect(app.ctx.journal.readAfter(0).map((e) => e.type)).toEqual(['tables.layout_created', 'tables.section_added', 'tables.table_added', 'tables.table_placed', 'tables.table_placed']);
  });

  it('refuses a taken cell, a cell off the grid, an unknown section or table, a repeated label and a caller without tables.manage', async () => {
    const [floor] = (await call('GET', '/table-layouts')).body.data;
    const interno = floor.sections[0];
    const taken = await call('POST', '/tables', { sectionId: interno.id, label: '3', capacity: 2, gridCol: 3, gridRow: 1 });
    expect([taken.status, taken.body.error.code, taken.body.error.message]).toEqual([409, 'TABLE_CELL_TAKEN', 'Esse lugar já tem a mesa 2.']);
    const outside = await call('PUT', `/tables/${interno.tables[0].id}/placement`, { gridCol: 40, gridRow: 0 });
    expect([outside.status, outside.body.error.code]).toEqual([422, 'TABLE_CELL_OUTSIDE_GRID']);
    expect((await call('POST', '/tables', { sectionId: 'nope', label: '9', capacity: 2, gridCol: 0, gridRow: 0 })).body.error.code).toBe('TABLE_SECTION_NOT_FOUND');
    expect((await call('PUT', '/tables/nope/placement', { gridCol: 0, gridRow: 0 })).status).toBe(404);
    expect((await call('POST', '/table-layouts/nope/sections', { name: 'X' })).body.error.code).toBe('TABLE_LAYOUT_NOT_FOUND');
    expect((await call('POST', '/tables', { sectionId: interno.id, label: '2', capacity: 2, gridCol: 5, gridRow: 5 })).body.error.code).toBe('TABLE_LABEL_TAKEN');
    expect((await call('POST', '/tables', { sectionId: interno.id, label: '7', capacity: 0, gridCol: 5, gridRow: 5 })).status).toBe(400);
    expect((await call('PUT', `/tables/${interno.tables[0].id}/placement`, { gridCol: 1, gridRow: 1 }, ['tables.read'])).status).toBe(403);
  });
});
