import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { tablesModule } from './index.js';

/**
 * The back office's floor editor (layouts, sections, tables) on a real SQLite store. The
 * owner re-sends a floor plan (the editor keeps the ids it was given) or names a table id that is
 * already on the floor.
 */
describe('floor editor refusals are answered, not crashed on', () => {
  let app: TestAppliance;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.ctx.root.request(`/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: app.bearer(['tables.read', 'tables.manage']) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    app = await startTestAppliance([tablesModule]);
  });
  afterAll(() => app.close());

  it('answers a layout id that already exists with a 4xx, not 500 INTERNAL_ERROR', async () => {
    // POST /table-layouts takes an optional `id` (the editor and the demo seed name theirs). Sending
    // the plan a second time with the same id (a double click, a retry without Idempotency-Key, the
    // editor "saving" the floor again) hits the primary key of table_layouts and the owner gets
    // "Erro interno" (500: "a bug; never caused by input", docs/api.md) instead of a conflict the
    // editor can explain.
    const first = await call('POST', '/table-layouts', { id: 'salao', name: 'Salão', sections: [{ name: 'Interno', tables: [{ label: 'A1', capacity: 4 }] }] });
    expect(first.status).toBe(201);
    const again = await call('POST', '/table-layouts', { id: 'salao', name: 'Salão', sections: [{ name: 'Interno', tables: [{ label: 'A2', capacity: 4 }] }] });
    expect(again.status, JSON.stringify(again.body)).toBeGreaterThanOrEqual(400);
    expect(again.status, JSON.stringify(again.body)).toBeLessThan(500);
    expect(again.body.error.code).toBe('TABLE_LAYOUT_TAKEN');
    expect(again.status).toBe(409);
  });

  it('answers a table id that is already on the floor with a 4xx, not 500 INTERNAL_ERROR', async () => {
    // Same with a table's `id`: a new layout (a terrace opened for the summer) reusing the id of a
    // table of the main floor under another label is refused by the primary key of dining_tables,
    // answered as an internal error.
    const first = await call('POST', '/table-layouts', { name: 'Salão 2', sections: [{ name: 'Interno', tables: [{ id: 'mesa-b1', label: 'B1', capacity: 4 }] }] });
    expect(first.status).toBe(201);
    const clash = await call('POST', '/table-layouts', { name: 'Varanda', sections: [{ name: 'Varanda', tables: [{ id: 'mesa-b1', label: 'V1', capacity: 2 }] }] });
    expect(clash.status, JSON.stringify(clash.body)).toBeGreaterThanOrEqual(400);
    expect(clash.status, JSON.stringify(clash.body)).toBeLessThan(500);
    expect(clash.body.error).toMatchObject({ code: 'TABLE_ID_TAKEN', message: 'O código mesa-b1 já é da mesa B1.' });
    expect(clash.status).toBe(409);
  });
});
