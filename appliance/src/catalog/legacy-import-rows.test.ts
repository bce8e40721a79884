/**
 * Importing the previous POS's product export, as a store owner migrating does it: each row gets
 * its own outcome, and the catalog is never left with a product or a name it would refuse.
 *
 * - "a row the catalog refuses is reported, the other rows are imported": a description spread
 *   over two lines (a line break inside a quoted cell, as spreadsheets export it) or a legacy code
 *   longer than the catalog's 40-character SKU is listed as REJECTED with a pt-BR reason, and every
 *   other row of the file is imported, as for a bad price or NCM.
 * - "an import that moves a product to KG never makes a weighed product with options": a product
 *   sold by the unit with option groups (a burger's extras) that the export now lists as KG would
 *   be a weighed product with options, which the catalog refuses ("produtos por peso não têm
 *   opções"): the row is rejected and the product stays a valid product.
 * - "an export well under the 20 000-row bound is accepted": a mercearia's export of 16 000
 *   products (barcode and NCM on each row, about 1.3 MB) starts an import (202), although it is
 *   larger than the appliance's general 1 MiB request limit; only a file past the import's own
 *   bound is refused, with IMPORT_FILE_TOO_LARGE ("divida-o em partes").
 * - "an imported name obeys the same text rules as a typed one": a name may not carry control
 *   characters or bidirectional overrides (they make "Pizza R$ 1,00" print as something else on
 *   receipts and screens), whether typed in the back office or imported: a row renaming a product
 *   to such a text, in a new category whose name has one too, is REJECTED, and the product's name
 *   and the menu's categories stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

const HEADER = 'codigo;descricao;categoria;preco;unidade;codigo_barras;ncm';

describe('legacy menu import, rows the catalog refuses', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const importFile = async (content: string) => {
    const started = await call('POST', '/catalog/imports', { fileName: 'produtos.csv', content });
    expect(started.status).toBe(202);
    for (;;) {
      const job = (await call('GET', `/catalog/imports/${started.body.data.id}`)).body.data;
      if (job.status !== 'RUNNING') return job;
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
  });
  afterAll(() => app.close());

  it('a row the catalog refuses is reported, the other rows are imported', async () => {
    const content = [
      HEADER,
      '7001;Suco de laranja;Sucos;9,90;UN;;',
      '7002;"Parmegiana\nfamília";Pratos;89,90;UN;;',
      `${'7'.repeat(45)};Suco de uva;Sucos;10,90;UN;;`,
      '7004;Suco de limão;Sucos;8,90;UN;;',
    ].join('\n');
    const job = await importFile(content);
    expect(job.status).toBe('DONE');
    expect(job.counts).toEqual({ CREATED: 2, UPDATED: 0, UNCHANGED: 0, REJECTED: 2 });
    expect(job.rows.filter((r: { outcome: string }) => r.outcome === 'REJECTED').map((r: { key: string; code: string }) => [r.key, r.code])).toEqual([
      ['7002', 'IMPORT_NAME_INVALID'],
      ['7'.repeat(45), 'IMPORT_CODE_TOO_LONG'],
    ]);
    const names = (await call('GET', '/products?q=Suco')).body.data.map((p: { name: string }) => p.name).sort();
    expect(names).toEqual(['Suco de laranja', 'Suco de limão']);
  });

  it('an import that moves a product to KG never makes a weighed product with options', async () => {
    expect((await call('POST', '/categories', { id: 'lanches', name: 'Lanches' })).status).toBe(201);
    const created = await call('POST', '/products', {
      id: 'burger',
      categoryId: 'lanches',
      sku: '8001',
      name: 'Burger',
      type: 'SIMPLE',
      priceCents: 3000,
      optionGroups: [{ id: 'extras', name: 'Adicionais', kind: 'MODIFIER', minChoices: 0, maxChoices: 1, options: [{ id: 'bacon', name: 'Bacon', priceCents: 500 }] }],
    });
    expect(created.status).toBe(201);
    const job = await importFile([HEADER, '8001;Burger;Lanches;30,00;KG;;'].join('\n'));
    expect(job.status).toBe('DONE');
    expect(job.rows.map((r: { outcome: string; code: string; message: string }) => [r.outcome, r.code, r.message])).toEqual([
      ['REJECTED', 'IMPORT_ROW_INVALID', 'A linha deixaria o produto 8001 inválido (produtos por peso não têm opções): corrija-o no cardápio ou na planilha.'],
    ]);
    const product = (await call('GET', '/products/burger')).body.data;
    // Whatever the import did, the stored product must be one the catalog accepts.
    expect(product.type === 'WEIGHT' ? product.optionGroups : []).toEqual([]);
  });

  it('an export well under the 20 000-row bound is accepted', async () => {
    const gtin = (body: string) => {
      let sum = 0;
      for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
      return body + ((10 - (sum % 10)) % 10);
    };
    const rows = Array.from({ length: 16_000 }, (_, i) => `${100_000 + i};Produto de mercearia número ${i};Mercearia;${(i % 90) + 1},90;UN;${gtin(`789${100_000_000 + i}`)};19059090`);
    const started = await call('POST', '/catalog/imports', { fileName: 'mercearia.csv', content: [HEADER, ...rows].join('\n') });
    expect([started.status, started.body.error?.code ?? null, started.body.data?.total]).toEqual([202, null, 16_000]);
  });

  it('a file past the import\'s own bound is refused with a reason the store can act on', async () => {
    const refused = await call('POST', '/catalog/imports', { fileName: 'enorme.csv', content: `${HEADER}\n${'x'.repeat(7_000_000)}` });
    expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([413, 'IMPORT_FILE_TOO_LARGE', 'O arquivo é grande demais para uma importação: divida-o em partes.']);
  });

  it('an imported name obeys the same text rules as a typed one', async () => {
    expect((await call('POST', '/categories', { id: 'bebidas', name: 'Bebidas' })).status).toBe(201);
    expect((await call('POST', '/products', { id: 'coca', categoryId: 'bebidas', sku: '9001', name: 'Coca-Cola lata', type: 'SIMPLE', priceCents: 650 })).status).toBe(201);
    const job = await importFile([HEADER, '9001;Coca-Cola \u202eatal;Promo\u202eções;6,50;UN;;'].join('\n'));
    expect(job.status).toBe('DONE');
    expect(job.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['REJECTED']);
    expect((await call('GET', '/products/coca')).body.data.name).toBe('Coca-Cola lata');
    const categories = JSON.stringify((await call('GET', '/categories')).body.data);
    expect(categories).not.toContain('\u202e');
  });
});
