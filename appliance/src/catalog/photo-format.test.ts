/**
 * Product photos uploaded from the back office.
 *
 * - "a file that is not a JPEG, PNG or WebP is refused whatever its label": the image decoder reads
 *   whatever format the bytes really are, so the upload checks the bytes, not only the
 *   Content-Type header. An SVG document (text with markup, for the SVG renderer) sent with
 *   `Content-Type: image/png` is refused with 422 PRODUCT_PHOTO_INVALID, and the product keeps no
 *   photo: a store uploads only the three photo formats it documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('product photo formats', () => {
  let app: TestAppliance;
  let auth: string;

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    const json = { 'content-type': 'application/json', authorization: auth };
    await fetch(`${app.baseUrl}/api/v1/categories`, { method: 'POST', headers: json, body: JSON.stringify({ id: 'lanches', name: 'Lanches' }) });
    const created = await fetch(`${app.baseUrl}/api/v1/products`, { method: 'POST', headers: json, body: JSON.stringify({ id: 'x-burger', categoryId: 'lanches', sku: 'XB', name: 'X-Burger', type: 'SIMPLE', priceCents: 2490 }) });
    expect(created.status).toBe(201);
  });
  afterAll(() => app.close());

  it('a file that is not a JPEG, PNG or WebP is refused whatever its label', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="red"/><text x="10" y="300" font-size="80">R$ 0,01</text></svg>';
    const res = await fetch(`${app.baseUrl}/api/v1/products/x-burger/photo`, { method: 'PUT', headers: { 'content-type': 'image/png', authorization: auth }, body: svg });
    const body = await res.json();
    expect([res.status, body.error?.code]).toEqual([422, 'PRODUCT_PHOTO_INVALID']);
    const product = await (await fetch(`${app.baseUrl}/api/v1/products/x-burger`, { headers: { authorization: auth } })).json();
    expect(product.data.photoUrl).toBeNull();
  });
});
