/**
 * Two people change one product during service: the manager at the counter marks the X-Bacon sold
 * out, while another manager, whose back-office screen read the product a minute earlier, saves
 * its options. The screen sends the product back whole with the version it read, so that save is
 * refused with a pt-BR reason instead of putting the sold-out product back on every menu (or an
 * old price back on the till); saved again from the product as it now is, it goes through.
 * A retry of the same save (same Idempotency-Key) answers as the first time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('an edit made from a product read before someone else changed it', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const putWithKey = async (key: string, body: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/v1/products/x-bacon`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: auth, 'idempotency-key': key }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const extras = { id: 'extras', name: 'Adicionais', kind: 'MODIFIER', minChoices: 0, maxChoices: 2, options: [{ id: 'ovo', name: 'Ovo', priceCents: 300 }, { id: 'cheddar', name: 'Cheddar', priceCents: 400 }] };
  /** The product as the back office's screen sends it back: everything it read, with new option groups. */
  const asEdited = (read: Record<string, unknown>) => {
    const { unit: _unit, updatedAt: _updatedAt, photoUrl: _photoUrl, ...rest } = read;
    return { ...rest, optionGroups: [extras] };
  };

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'lanches', name: 'Lanches' });
    await call('POST', '/products', { id: 'x-bacon', categoryId: 'lanches', sku: 'XB', name: 'X-Bacon', type: 'SIMPLE', priceCents: 2500 });
  });
  afterAll(() => app.close());

  it('refuses the save of a screen that read the product before it was marked sold out, which stays sold out', async () => {
    const read = (await call('GET', '/products/x-bacon')).body.data;
    expect((await call('PATCH', '/products/x-bacon', { active: false, priceCents: 2700 })).status).toBe(200);
    const refused = await call('PUT', '/products/x-bacon', asEdited(read));
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([
      409,
      'PRODUCT_CHANGED',
      'O produto X-Bacon foi alterado por outra pessoa depois que você o abriu: nada foi salvo. Confira como ele está agora e salve de novo.',
    ]);
    expect((await call('GET', '/products/x-bacon')).body.data).toMatchObject({ active: false, priceCents: 2700, optionGroups: [] });
  });

  it('saves it from the product as it now is, and a retry of that save answers the same', async () => {
    const read = (await call('GET', '/products/x-bacon')).body.data;
    const saved = await putWithKey('save-options-1', asEdited(read));
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ active: false, priceCents: 2700, optionGroups: [extras] });
    expect(saved.body.data.version).toBeGreaterThan(read.version);
    expect(await putWithKey('save-options-1', asEdited(read))).toEqual(saved);
  });

  it('still takes a whole product sent without the version it was read at (integrations that replace it)', async () => {
    const { version: _version, ...read } = (await call('GET', '/products/x-bacon')).body.data;
    const replaced = await call('PUT', '/products/x-bacon', { ...asEdited(read), active: true });
    expect([replaced.status, replaced.body.data.active]).toEqual([200, true]);
  });
});
