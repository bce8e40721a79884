/**
 * Barcodes as the till's scanner reads them: one GTIN is one barcode whatever its length.
 *
 * - "a UPC-A barcode is found when the scanner sends it as EAN-13": a product registered with the
 *   12 digits on its box (UPC-A) is found when the scanner sends the 13-digit form with the leading 0
 *   many scanners add, instead of the cashier getting "produto não encontrado".
 * - "one GTIN can be on one product only": a second product with the 13-digit form of a GTIN another
 *   product carries in 12 digits is refused with 409 PRODUCT_BARCODE_TAKEN, so one scan never rings
 *   up either product.
 * - "products registered before keep the scans they had": two products already holding one GTIN in
 *   two lengths keep working after the upgrade; a scan of either form finds the first registered,
 *   and the other can still change price.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../kernel/db/migrations.js';
import { openDatabase } from '../kernel/db/open.js';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';
import { catalogMigrations } from './migrations.js';

describe('GTIN barcodes in their different lengths', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    expect((await call('POST', '/categories', { id: 'mercearia', name: 'Mercearia' })).status).toBe(201);
    const created = await call('POST', '/products', { id: 'biscoito', categoryId: 'mercearia', sku: 'BISC', name: 'Biscoito importado', type: 'SIMPLE', priceCents: 890, barcode: '036000291452' });
    expect(created.status).toBe(201);
  });
  afterAll(() => app.close());

  it('a UPC-A barcode is found when the scanner sends it as EAN-13', async () => {
    const found = await call('GET', '/products/by-barcode/0036000291452');
    expect([found.status, found.body.data?.id]).toEqual([200, 'biscoito']);
  });

  it('one GTIN can be on one product only', async () => {
    const second = await call('POST', '/products', { id: 'outro', categoryId: 'mercearia', sku: 'OUTRO', name: 'Outro produto', type: 'SIMPLE', priceCents: 100, barcode: '0036000291452' });
    expect([second.status, second.body.error?.code]).toEqual([409, 'PRODUCT_BARCODE_TAKEN']);
  });
});

describe('GTIN barcodes stored before lengths were compared', () => {
  it('products registered before keep the scans they had', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'chefia-barcode-keys-'));
    const db = openDatabase(join(dataDir, 'store.db'), 'full');
    applyMigrations(db, catalogMigrations.filter((m) => m.id !== 'catalog/005_product_barcode_key'));
    db.prepare("INSERT INTO categories (id, name, active, updated_at) VALUES ('mercearia', 'Mercearia', 1, '2026-11-01T12:00:00.000Z')").run();
    const store = db.prepare(
      `INSERT INTO products (id, category_id, sku, name, type, unit, price_cents, active, barcode, channels, option_groups, stock_policy, updated_at)
       VALUES (?, 'mercearia', ?, ?, 'SIMPLE', 'UNIT', 890, 1, ?, '["COUNTER"]', '[]', 'NONE', '2026-11-01T12:00:00.000Z')`,
    );
    store.run('biscoito', 'BISC', 'Biscoito importado', '036000291452');
    store.run('biscoito-ean', 'BISC-13', 'Biscoito (EAN)', '0036000291452');
    db.close();
    const upgraded = await startTestAppliance([catalogModule], { dataDir });
    try {
      const auth = upgraded.bearer(['catalog.read', 'catalog.write']);
      for (const code of ['036000291452', '0036000291452']) {
        const found = await callApi(upgraded, auth, 'GET', `/products/by-barcode/${code}`);
        expect([found.status, found.body.data?.id]).toEqual([200, 'biscoito']);
      }
      const repriced = await callApi(upgraded, auth, 'PATCH', '/products/biscoito-ean', { priceCents: 990 });
      expect([repriced.status, repriced.body.data?.priceCents]).toEqual([200, 990]);
    } finally {
      await upgraded.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
