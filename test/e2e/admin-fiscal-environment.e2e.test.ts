import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePaths } from '../../appliance/src/fiscal/index.js';
import { type DemoStoreInBrowser, signInToBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * The fiscal wizard opened again on a store already emitting starts from the saved settings: a
 * manager who only renews the certificate saves the environment in use, never homologação by default.
 */


describe('back office fiscal wizard on a store already emitting', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('starts from the saved environment, tax regime and city code, so re-saving (a renewed certificate) keeps emission where it is', async () => {
    const page = await signInToBackOffice(store);
    await page.locator('nav a[href="#fiscal"]').click();
    await page.locator('#fiscal-form').waitFor();
    const values: Record<string, string> = {
      cnpj: '06157250000116', ie: '111222333444', legalName: 'Cantina da Nona Ltda', street: 'Rua Augusta', number: '1500', district: 'Consolação',
      cityName: 'São Paulo', cityCode: '3550308', uf: 'SP', cep: '01304001', series: '1', nextNumber: '1', cscId: '000001',
      cscToken: 'A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4', certificatePassword: 'minhasenha',
    };
    for (const [name, value] of Object.entries(values)) await page.locator(`#fiscal-form [name=${name}]`).fill(value);
    await page.locator('#fiscal-form [name=crt]').selectOption('3');
    await page.locator('#fiscal-form [name=environment]').selectOption('simulator');
    await page.locator('#fiscal-form [name=certificate]').setInputFiles(join(referencePaths.certsDir(), 'cert_cnpj_06157250000116_senha_minhasenha.pfx'));
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/fiscal/settings') && r.request().method() === 'PUT');
    await page.locator('#fiscal-form button[type=submit]').click();
    expect((await saved).status()).toBe(200);
    expect((await store.admin.get('/fiscal/settings')).body.data).toMatchObject({ active: true, environment: 'simulator' });

    // Back on the wizard later (say, to renew the certificate): the status line says "treinamento"…
    await page.locator('nav a[href="#store"]').click();
    await page.locator('nav a[href="#fiscal"]').click();
    await page.locator('#fiscal-status[data-active=true]').waitFor();
    // …and the environment, tax regime and city code the form would save again are the ones in use.
    expect(await page.locator('#fiscal-form [name=environment]').inputValue()).toBe('simulator');
    expect(await page.locator('#fiscal-form [name=crt]').inputValue()).toBe('3');
    expect(await page.locator('#fiscal-form [name=cityCode]').inputValue()).toBe('3550308');
    await page.close();
  }, 90_000);
});
