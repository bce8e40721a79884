/**
 * The old system's export often has no barcode or NCM for a product; the store fills them in on
 * this menu (the NCM every NFC-e needs, the barcode the till scans). Importing a newer export of
 * the old system again (new prices while both run) updates what the file says, and a blank cell
 * says nothing: the barcode and the NCM the store typed stay, so the product still scans and its
 * sales still get their fiscal document. A filled cell still replaces them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('a legacy import leaves alone what the export leaves blank', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const header = 'codigo;descricao;categoria;preco;unidade;codigo_barras;ncm';
  const importRows = async (...rows: string[]) => {
    const started = await call('POST', '/catalog/imports', { fileName: 'produtos.csv', content: [header, ...rows].join('\n') });
    expect(started.status).toBe(202);
    for (;;) {
      const job = (await call('GET', `/catalog/imports/${started.body.data.id}`)).body.data;
      if (job.status !== 'RUNNING') return job;
    }
  };
  const product = async (sku: string) => (await call('GET', `/products?q=${sku}`)).body.data.find((p: { sku: string }) => p.sku === sku);

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
  });
  afterAll(() => app.close());

  it('keeps the barcode and NCM typed on the menu when a later export has them blank, and takes its new price', async () => {
    expect((await importRows('501;Coxinha;Salgados;6,50;UN;;')).counts).toMatchObject({ CREATED: 1 });
    const created = await product('501');
    const completed = { ...created, barcode: '7891000100011', fiscal: { ...created.fiscal, ncm: '19022000', cfop: '5102' } };
    delete completed.unit;
    delete completed.photoUrl;
    delete completed.updatedAt;
    expect((await call('PUT', `/products/${created.id}`, completed)).status).toBe(200);

    const job = await importRows('501;Coxinha;Salgados;7,00;UN;;');
    expect(job.counts).toMatchObject({ UPDATED: 1, REJECTED: 0 });
    expect(await product('501')).toMatchObject({ priceCents: 700, barcode: '7891000100011', fiscal: { ncm: '19022000', cfop: '5102' } });
    expect((await call('GET', '/products/by-barcode/7891000100011')).body.data.sku).toBe('501');
  });

  it('finds nothing to change when only blank cells differ from the menu', async () => {
    const before = app.ctx.journal.lastSeq();
    expect((await importRows('501;Coxinha;Salgados;7,00;UN;;')).counts).toMatchObject({ UNCHANGED: 1 });
    expect(app.ctx.journal.lastSeq()).toBe(before);
  });

  it('replaces them with what a filled cell says', async () => {
    expect((await importRows('501;Coxinha;Salgados;7,00;UN;;19022090')).counts).toMatchObject({ UPDATED: 1 });
    expect(await product('501')).toMatchObject({ barcode: '7891000100011', fiscal: { ncm: '19022090' } });
  });
});
