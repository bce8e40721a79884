
import { describe, expect, it } from 'vitest';
import { type DemoStoreInBrowser, signInToBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * The devices screen (Dispositivos): a KDS screen's kitchen stations by the names the kitchen screen
 * gives them.
 */


describe('back office devices', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('lists a KDS screen\'s stations by the names the kitchen screen gives them (Chapa…)', async () => {
    const stations = (await store.admin.get('/kds/stations')).body.data as { code: string; name: string }[];
    const grill = stations.find((s) => s.code === 'GRILL')!;
    expect(grill.name).toBe('Chapa');
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#devices"]').click();
    // The pairing form already names them so.
    await page.locator('#device-form fieldset label', { hasText: 'Chapa' }).waitFor();
    const kds = page.locator('#devices tbody tr', { hasText: 'KDS Cozinha (demonstração)' });
    await kds.waitFor();
    const cell = (await kds.locator('td').nth(2).textContent()) ?? '';
    expect(cell).toContain('Chapa');
    expect(cell).not.toContain('GRILL');
    await page.close();
  }, 60_000);
});
