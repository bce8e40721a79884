
import { describe, expect, it } from 'vitest';
import { type DemoStoreInBrowser, signInToBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * The menu screen (Cardápio): kitchen stations by their names, and every product of a menu longer
 * than one API page (100 products).
 */


describe('back office menu', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('names each kitchen station as the kitchen screen does (Chapa), in the tree and in the station choices', async () => {
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#menu"]').click();
    const burgers = page.locator('#categories .tree li', { hasText: 'Hambúrgueres' });
    await burgers.waitFor();
    expect(await burgers.textContent()).toContain('Chapa');
    expect(await burgers.textContent()).not.toContain('GRILL');
    const choices = await page.locator('#category-form [name=station] option').allTextContents();
    expect(choices).toContain('Chapa');
    expect(choices).not.toContain('GRILL');
    await page.close();
  }, 60_000);

  it('lists every product of a menu of more than 100, the last ones in alphabetical order included', async () => {
    const { admin } = store;
    const tree = (await admin.get('/categories')).body.data as { id: string }[];
    for (let i = 1; i <= 100; i++) {
      const n = String(i).padStart(3, '0');
      const made = await admin.post('/products', { name: `Prato ${n}`, sku: `PR-${n}`, type: 'SIMPLE', categoryId: tree[0].id, priceCents: 1000 + i });
      expect(made.status).toBe(201);
    }
    await admin.post('/products', { name: 'Zabaione da casa', sku: 'ZB-1', type: 'SIMPLE', categoryId: tree[0].id, priceCents: 1800 });
    const total = (await admin.get('/products?size=1')).body.metadata.total as number;
    expect(total).toBeGreaterThan(100);

    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#menu"]').click();
    await page.locator('#products tbody tr').first().waitFor();
    expect(await page.locator('#products tbody tr', { hasText: 'Zabaione da casa' }).count()).toBe(1);
    expect(await page.locator('#products tbody tr').count()).toBe(total);
    await page.close();
  }, 120_000);
});
