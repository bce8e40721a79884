/**
 * A manager switches a category off during service ("Sobremesas" ran out): its products, and those
 * of the categories below it, can no longer be sold. The till, the waiter's phone and the kiosk
 * load what they sell as the active products of their channel, so those products leave those
 * lists at once instead of staying on screen until the order is refused at the counter or at the
 * kiosk's payment. Switched on again, they come back. The back office still lists every product.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { catalogModule } from './index.js';

describe('a switched-off category leaves the selling menus', () => {
  let app: TestAppliance;
  let auth: string;
  const call = (method: string, path: string, body?: unknown) => callApi(app, auth, method, path, body);
  const listed = async (query: string) => ((await call('GET', `/products?size=100&sort=name:asc${query}`)).body.data as { id: string }[]).map((p) => p.id);
  const simple = (id: string, categoryId: string, extra: Record<string, unknown> = {}) => ({ id, categoryId, sku: id, name: id, type: 'SIMPLE', priceCents: 1000, ...extra });

  beforeAll(async () => {
    app = await startTestAppliance([catalogModule]);
    auth = app.bearer(['catalog.read', 'catalog.write']);
    await call('POST', '/categories', { id: 'sobremesas', name: 'Sobremesas' });
    await call('POST', '/categories', { id: 'sorvetes', parentId: 'sobremesas', name: 'Sorvetes' });
    await call('POST', '/categories', { id: 'lanches', name: 'Lanches' });
    await call('POST', '/products', simple('pudim', 'sobremesas'));
    await call('POST', '/products', simple('sundae', 'sorvetes'));
    await call('POST', '/products', simple('x-salada', 'lanches'));
    await call('POST', '/products', simple('x-egg', 'lanches', { active: false }));
  });
  afterAll(() => app.close());

  it('lists only what can be sold once the category above them is switched off', async () => {
    expect(await listed('&active=true&channel=KIOSK')).toEqual(['pudim', 'sundae', 'x-salada']);
    expect((await call('DELETE', '/categories/sobremesas')).status).toBe(200);
    expect(await listed('&active=true&channel=KIOSK')).toEqual(['x-salada']);
    expect(await listed('&active=true')).toEqual(['x-salada']);
    expect(await listed('&active=false')).toEqual(['pudim', 'sundae', 'x-egg']);
    const page = await call('GET', '/products?active=true&size=1');
    expect(page.body.metadata).toMatchObject({ total: 1 });
  });

  it('keeps every product on the back office list and brings them back when the category is on again', async () => {
    expect(await listed('')).toEqual(['pudim', 'sundae', 'x-egg', 'x-salada']);
    expect((await call('PUT', '/categories/sobremesas', { name: 'Sobremesas', active: true })).status).toBe(200);
    expect(await listed('&active=true')).toEqual(['pudim', 'sundae', 'x-salada']);
  });
});
