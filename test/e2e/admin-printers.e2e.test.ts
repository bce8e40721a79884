
import { describe, expect, it } from 'vitest';
import { type DemoStoreInBrowser, signInToBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * The printers screen: each printer's model by its name, and "Adicionar impressora" never replacing
 * a printer that already has the identifier typed.
 */


describe('back office printers', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('shows each printer\'s model as the model list names it (Epson TM-T20), not the profile id', async () => {
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#printers"]').click();
    const row = page.locator('#printers tr[data-printer-id=caixa-1]');
    await row.waitFor();
    // The same model as the "add printer" form offers it.
    const offered = await page.locator('#printer-form [name=profileId] option[value=epson-tm-t20]').textContent();
    expect(offered?.trim()).toBe('Epson TM-T20');
    expect((await row.locator('td').nth(1).textContent())?.trim()).toBe('Epson TM-T20');
    await page.close();
  }, 60_000);

  it('refuses in pt-BR to add a printer under an identifier in use, and leaves that printer as it was', async () => {
    const before = (await store.admin.get('/printers')).body.data as { id: string; name: string; connection: { host?: string } }[];
    const cashier = before.find((p) => p.id === 'caixa-1')!;
    expect(cashier.name).toBe('Caixa 1 (impressora virtual)');
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#printers"]').click();
    await page.locator('#printers tr[data-printer-id=caixa-1]').waitFor();
    await page.locator('#printer-form [name=id]').fill('caixa-1');
    await page.locator('#printer-form [name=name]').fill('Cozinha fria');
    await page.locator('#printer-form [name=host]').fill('192.168.0.77');
    // Whether the page refuses before asking the store or the store refuses, the manager ends up
    // reading an error; any save the page did send must have been answered before the check below.
    const saves: Promise<unknown>[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/printers/') && request.method() === 'PUT') saves.push(request.response());
    });
    expect(await page.locator('#page-printers .error').count()).toBe(0);
    await page.locator('#printer-form button[type=submit]').click();
    await page.locator('#page-printers .error').first().waitFor();
    await Promise.all(saves);
    const after = (await store.admin.get('/printers')).body.data as { id: string; name: string; connection: { host?: string } }[];
    // The till's receipt printer is still what it was…
    expect(after.find((p) => p.id === 'caixa-1')).toMatchObject({ name: cashier.name, connection: { host: cashier.connection.host } });
    // …and the manager is told why the new one was not added.
    expect(await page.locator('#page-printers .error').count()).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
