/**
 * A product's CFOP is what every NFC-e of its sales declares, and an NFC-e only takes the CFOPs of
 * a sale inside the state (5xxx). A purchase (1102), an interstate sale (6102) or an export (7101)
 * typed on the menu is refused when the product is saved, with the reason in pt-BR, instead of
 * being accepted and making every later sale's fiscal document fail after the customer has gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('a product CFOP the NFC-e accepts', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const product = (id: string, cfop: string) => ({ id, categoryId: 'bebidas', sku: id, name: `Refrigerante ${id}`, type: 'SIMPLE', priceCents: 600, fiscal: { ncm: '22021000', cfop, taxGroup: 'DRINK_ST' } });

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'bebidas', name: 'Bebidas' });
  });
  afterAll(() => app.close());

  it('takes the CFOPs of a sale inside the state (5102, 5405, 5933)', async () => {
    for (const cfop of ['5102', '5405', '5933']) expect((await call('POST', '/products', product(`ok-${cfop}`, cfop))).status).toBe(201);
  });

  it('refuses a purchase, an interstate sale or an export CFOP on a new product, in pt-BR, and stores nothing', async () => {
    for (const cfop of ['1102', '6102', '7101', '0000']) {
      const refused = await call('POST', '/products', product(`bad-${cfop}`, cfop));
      expect([refused.status, refused.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
      expect(refused.body.error.details).toEqual([expect.objectContaining({ path: 'fiscal.cfop', message: 'a NFC-e só aceita CFOP de venda dentro do estado (5xxx), como 5102 ou 5405' })]);
      expect((await call('GET', `/products/bad-${cfop}`)).status).toBe(404);
    }
  });

  it('refuses it on a product being edited, which keeps the CFOP it had', async () => {
    const refused = await call('PUT', '/products/ok-5102', product('ok-5102', '6102'));
    expect([refused.status, refused.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await call('GET', '/products/ok-5102')).body.data.fiscal.cfop).toBe('5102');
  });
});
