/**
 * A product's name is what its fiscal notes print (xProd), and they write Latin-1 letters only. A
 * name of emoji alone ("🍔🍟") or in a script the note cannot write left the note without a product
 * name, which SEFAZ and the SAT refuse, so every sale of it was refused after the customer left.
 * Such a name is refused when the product is saved, with a stable code and the reason in pt-BR;
 * a name with at least one letter or digit the note can write (accents included) is taken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('a product name the fiscal note can print', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const product = (id: string, name: string) => ({ id, categoryId: 'lanches', sku: id, name, type: 'SIMPLE', priceCents: 2500 });
  const NOT_PRINTABLE = 'O nome do produto precisa de ao menos uma letra ou um número que a nota fiscal consiga imprimir: um nome só de emojis ou símbolos deixaria a nota sem o nome do produto, e toda venda dele seria recusada.';

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'lanches', name: 'Lanches' });
  });
  afterAll(() => app.close());

  it('refuses a new product named only with emoji or a script the note cannot write, and stores nothing', async () => {
    for (const [id, name] of [['emoji', '🍔🍟'], ['symbols', '★ ♥'], ['kanji', '寿司']]) {
      const refused = await call('POST', '/products', product(id, name));
      expect([refused.status, refused.body.error.code, refused.body.error.message]).toEqual([422, 'PRODUCT_NAME_NOT_PRINTABLE', NOT_PRINTABLE]);
      expect((await call('GET', `/products/${id}`)).status).toBe(404);
    }
  });

  it('refuses renaming a product that way, which keeps its name', async () => {
    expect((await call('POST', '/products', product('burger', 'X-Burger 🍔'))).status).toBe(201);
    const refused = await call('PUT', '/products/burger', product('burger', '🍔'));
    expect([refused.status, refused.body.error.code]).toEqual([422, 'PRODUCT_NAME_NOT_PRINTABLE']);
    expect((await call('GET', '/products/burger')).body.data.name).toBe('X-Burger 🍔');
  });

  it('takes a name with a letter or digit the note prints, accents and emoji around it included', async () => {
    for (const [id, name] of [['acai', 'Açaí 🍇'], ['seven', '7 ★'], ['o-umlaut', 'Gőz']]) {
      expect((await call('POST', '/products', product(id, name))).status).toBe(201);
    }
  });
});
