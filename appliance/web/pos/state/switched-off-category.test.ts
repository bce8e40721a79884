import { describe, expect, it, vi } from 'vitest';

vi.mock('../../shared/idle', () => ({ whenIdle: (task: () => void) => task() }));
const get = vi.fn();
vi.mock('./session', () => ({ api: { get } }));

// A worker keeps the modules earlier files imported (isolate: false): the till's catalog state is
// loaded afresh here, bound to the mocked appliance calls.
vi.resetModules();
const { categories, loadCatalog, products, refreshProduct } = await import('./catalog');

const product = (id: string, categoryId: string) => ({ id, categoryId, sku: null, name: id, type: 'SIMPLE', priceCents: 900, barcode: null, active: true, optionGroups: [] });
const tree = [
  { id: 'cat-drinks', name: 'Bebidas', active: true, children: [] },
  { id: 'cat-desserts', name: 'Sobremesas', active: false, children: [{ id: 'cat-ice-cream', name: 'Sorvetes', active: true, children: [] }] },
];

/**
 * The manager switches off the desserts during service (the dessert cook went home): the till's
 * tabs lose *Sobremesas* and what is below it, and a dessert whose price changes meanwhile does not
 * come back on the counter because it is itself still flagged active.
 */
describe('a category switched off at the till', () => {
  it('leaves the tabs with everything below it, and a product of it refreshed stays off', async () => {
    get.mockImplementation(async (path: string) => {
      if (path === '/api/v1/products') return [product('coke', 'cat-drinks')];
      if (path === '/api/v1/categories') return tree;
      if (path === '/api/v1/products/{id}') return product('pudim', 'cat-ice-cream');
      throw new Error(`unexpected ${path}`);
    });
    await loadCatalog();
    expect(categories.value.map((c) => c.name)).toEqual(['Bebidas']);

    await refreshProduct('pudim');
    expect(products.value.map((p) => p.id)).toEqual(['coke']);
  });
});
