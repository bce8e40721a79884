/**
 * The manager marks the canned Coca-Cola sold out during service, or switches its whole category
 * off. A cashier who still scans a can at the till is told at the scan, in pt-BR, that it is off
 * the menu, instead of the till putting it in the cart and the order being refused when it is
 * sent to the kitchen or paid. Back on the menu, the same scan finds it again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('scanning a product that is off the menu', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const scan = () => call('GET', '/products/by-barcode/7894900011517');
  const offTheMenu = 'Coca-Cola lata está fora do cardápio agora (desativado, ou numa categoria desativada): não pode ser vendido.';

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'bebidas', name: 'Bebidas' });
    await call('POST', '/categories', { id: 'refri', parentId: 'bebidas', name: 'Refrigerantes' });
    await call('POST', '/products', { id: 'coca', categoryId: 'refri', sku: 'CC', name: 'Coca-Cola lata', type: 'SIMPLE', priceCents: 600, barcode: '7894900011517' });
  });
  afterAll(() => app.close());

  it('is refused at the scan once the product is marked sold out, and found again when it is back', async () => {
    expect((await scan()).body.data.id).toBe('coca');
    await call('PATCH', '/products/coca', { active: false });
    const refused = await scan();
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([422, 'PRODUCT_UNAVAILABLE', offTheMenu]);
    await call('PATCH', '/products/coca', { active: true });
    expect((await scan()).body.data).toMatchObject({ id: 'coca', priceCents: 600 });
  });

  it('is refused at the scan while a category above it is switched off', async () => {
    await call('DELETE', '/categories/bebidas');
    const refused = await scan();
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([422, 'PRODUCT_UNAVAILABLE', offTheMenu]);
    await call('PUT', '/categories/bebidas', { name: 'Bebidas', active: true });
    expect((await scan()).status).toBe(200);
  });
});
