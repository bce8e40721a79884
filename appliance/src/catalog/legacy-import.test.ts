import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';
import { parseDecimalCommaCents } from './legacy-export.js';

const sample = readFileSync(new URL('../../../test/fixtures/legacy-import/produtos-sistema-anterior.csv', import.meta.url), 'utf8');

describe('legacy menu import', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  /** Starts an import and follows its progress to the end, as the screen does. */
  const importFile = async (content: string) => {
    const started = await call('POST', '/catalog/imports', { fileName: 'produtos.csv', content });
    expect([started.status, started.body.data.status, started.body.data.total]).toEqual([202, 'RUNNING', 30]);
    const seen = new Set<number>();
    for (;;) {
      const job = (await call('GET', `/catalog/imports/${started.body.data.id}`)).body.data;
      seen.add(job.done);
      if (job.status !== 'RUNNING') return { job, seen };
    }
  };
  const rejected = (job: { rows: { line: number; outcome: string; code: string; message: string }[] }) =>
    job.rows.filter((r) => r.outcome === 'REJECTED').map((r) => [r.line, r.code, r.message]);

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
  });
  afterAll(() => app.close());

  it('reads pt-BR decimal comma prices and nothing else', () => {
    expect(['29,90', '1.049,90', '30', '0,5', 'abc', '29.90', '1,234'].map(parseDecimalCommaCents)).toEqual([2990, 104990, 3000, 50, null, null, null]);
  });

  it('creates the categories and products of the sample, journaled, and lists the three bad rows in pt-BR', async () => {
    const before = app.ctx.journal.lastSeq();
    const { job } = await importFile(sample);
    expect([job.status, job.done, job.counts]).toEqual(['DONE', 30, { CREATED: 27, UPDATED: 0, UNCHANGED: 0, REJECTED: 3 }]);
    expect(rejected(job)).toEqual([
      [29, 'IMPORT_NAME_MISSING', 'Linha sem o nome do produto.'],
      [30, 'IMPORT_PRICE_INVALID', 'Preço "abc" inválido: use o formato 29,90.'],
      [31, 'IMPORT_NCM_INVALID', 'NCM "09012" inválido: o NCM tem 8 dígitos.'],
    ]);
    const types = app.ctx.journal.readAfter(before, 100).map((e) => e.type);
    expect([types.filter((t) => t === 'catalog.category_upserted').length, types.filter((t) => t === 'catalog.product_upserted').length]).toEqual([6, 27]);
    const byWeight = (await call('GET', '/products?q=3001')).body.data[0];
    expect([byWeight.name, byWeight.type, byWeight.unit, byWeight.priceCents, byWeight.fiscal.ncm]).toEqual(['Pão de queijo', 'WEIGHT', 'KG', 2990, '19059090']);
    const byBarcode = (await call('GET', '/products/by-barcode/7891000100011')).body.data;
    expect([byBarcode.name, byBarcode.sku, byBarcode.priceCents]).toEqual(['Coca-Cola lata 350ml', '2001', 650]);
    const quoted = (await call('GET', '/products?q=6003')).body.data[0];
    expect([quoted.name, quoted.priceCents]).toEqual(['Parmegiana de frango; arroz e fritas', 4500]);
  });

  it('changes nothing and journals nothing when the same file is imported again', async () => {
    const before = app.ctx.journal.lastSeq();
    const { job } = await importFile(sample);
    expect(job.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 27, REJECTED: 3 });
    expect(rejected(job).map(([line]) => line)).toEqual([29, 30, 31]);
    expect(app.ctx.journal.lastSeq()).toBe(before);
  });

  it('updates only the row whose price changed in a later export, matched by its barcode', async () => {
    const before = app.ctx.journal.lastSeq();
    const { job } = await importFile(sample.replace('2001;Coca-Cola lata 350ml;Bebidas;6,50', '2001;Coca-Cola lata 350ml;Bebidas;6,90'));
    expect(job.counts).toEqual({ CREATED: 0, UPDATED: 1, UNCHANGED: 26, REJECTED: 3 });
    expect(job.rows.find((r: { outcome: string }) => r.outcome === 'UPDATED')).toMatchObject({ line: 8, key: '7891000100011' });
    expect(app.ctx.journal.readAfter(before, 10).map((e) => [e.type, (e.payload as { product: { priceCents: number } }).product.priceCents])).toEqual([['catalog.product_upserted', 690]]);
  });

  it('refuses a file that is not the export, in pt-BR, without starting a job', async () => {
    const refused = await call('POST', '/catalog/imports', { fileName: 'clientes.csv', content: 'nome;telefone\nAna;119999' });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'IMPORT_FILE_INVALID']);
    expect(refused.body.error.message).toMatch(/^O arquivo não é uma exportação de produtos/);
    expect((await call('GET', '/catalog/imports/nope')).status).toBe(404);
  });
});
