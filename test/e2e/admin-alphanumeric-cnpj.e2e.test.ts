import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeA1 } from '../../appliance/src/fiscal/test-support/store-certificate.js';
import { type DemoStoreInBrowser, signInToBackOffice, useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';

/**
 * A store whose own CNPJ is alphanumeric (IN RFB 2.229/2024) is set up from the back office: the
 * manager types it as the Receita prints it, letters in lower case on a touch keyboard, on the
 * store screen and then in the fiscal wizard, which starts from it; both keep it canonical and the
 * store then issues its NFC-e with it.
 */
describe('back office: a store with an alphanumeric CNPJ', () => {
  let store: DemoStoreInBrowser;
  useDemoStoreInBrowser((s) => {
    store = s;
  });

  it('saves the CNPJ with letters on the store screen and configures the NFC-e with it in the fiscal wizard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-cnpj-'));
    const pfxFile = join(dir, 'a1.pfx');
    writeFileSync(pfxFile, storeA1('12ABC34501DE35', 'CANTINA NOVA LTDA', 'senha-da-loja'));
    const page = await signInToBackOffice(store);
    try {
      await page.locator('nav a[href="#store"]').click();
      await page.locator('#store-form [name=cnpj]').fill('12.abc.345/01de-35');
      const savedProfile = page.waitForResponse((r) => r.url().endsWith('/api/v1/store') && r.request().method() === 'PUT');
      await page.locator('#store-form button[type=submit]').click();
      expect((await savedProfile).status()).toBe(200);
      expect((await store.admin.get('/store')).body.data.cnpj).toBe('12ABC34501DE35');
      if (process.env.CHEFIA_E2E_SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.CHEFIA_E2E_SCREENSHOT_DIR, 'admin-store-alphanumeric-cnpj.png'), fullPage: true });

      await page.locator('nav a[href="#fiscal"]').click();
      await page.locator('#fiscal-form').waitFor();
      expect(await page.locator('#fiscal-form [name=cnpj]').inputValue()).toBe('12ABC34501DE35');
      const values: Record<string, string> = {
        ie: '111222333444', legalName: 'Cantina Nova Ltda', street: 'Rua Augusta', number: '1500', district: 'Consolação', cityName: 'São Paulo',
        cityCode: '3550308', uf: 'SP', cep: '01304001', series: '1', nextNumber: '1', cscId: '000001', cscToken: 'A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4', certificatePassword: 'senha-da-loja',
      };
      for (const [name, value] of Object.entries(values)) await page.locator(`#fiscal-form [name=${name}]`).fill(value);
      await page.locator('#fiscal-form [name=environment]').selectOption('simulator');
      await page.locator('#fiscal-form [name=certificate]').setInputFiles(pfxFile);
      const savedSettings = page.waitForResponse((r) => r.url().endsWith('/api/v1/fiscal/settings') && r.request().method() === 'PUT');
      await page.locator('#fiscal-form button[type=submit]').click();
      expect((await savedSettings).status()).toBe(200);
      expect((await store.admin.get('/fiscal/settings')).body.data).toMatchObject({ active: true, cnpj: '12ABC34501DE35' });

      const issued = await store.admin.post('/fiscal/test-emission');
      expect(issued.body.data).toMatchObject({ status: 'AUTHORIZED', cStat: 100 });
      expect(issued.body.data.accessKey.slice(6, 20)).toBe('12ABC34501DE35');
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
