import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ApplianceProcess } from '../support/appliance-process.js';
import { useDemoStoreInBrowser } from '../support/demo-store-in-browser.js';
import type { ApiClient } from '../support/http-client.js';

/*
 * "CPF na nota" at the kiosk, by touch only: the customer types their CPF on the kiosk's digit keys,
 * a wrong digit is caught before paying, and the paid order carries the corrected CPF for its NFC-e.
 */

let appliance: ApplianceProcess;
let admin: ApiClient;
let browser: Browser;

useDemoStoreInBrowser((store) => {
  ({ appliance, admin, browser } = store);
});

async function pairedKiosk(name: string): Promise<Page> {
  const code = (await admin.post('/devices', { name, kind: 'KIOSK' })).body.data.pairingCode as string;
  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  kiosk.setDefaultTimeout(15_000);
  await kiosk.goto(`${appliance.baseUrl}/totem?pair=${code}`);
  await kiosk.locator('#attract').click();
  return kiosk;
}

const typeCpf = async (kiosk: Page, digits: string) => {
  for (const digit of digits) await kiosk.locator(`#cpf [data-key="${digit}"]`).tap();
};

describe('totem: CPF na nota', () => {
  it('is typed by touch, corrected after a wrong digit, and reaches the paid order', async () => {
    const kiosk = await pairedKiosk('Totem CPF');
    await kiosk.locator('[data-product-id="prod-coke"]').tap();
    if (await kiosk.locator('#offer').isVisible()) await kiosk.locator('#offer-decline').tap();

    await kiosk.locator('#cpf-open').tap();
    await typeCpf(kiosk, '52998224752');
    await kiosk.locator('#cpf-ok').tap();
    expect(await kiosk.locator('#cpf .problem').textContent()).toBe('CPF inválido: confira os números.');
    await kiosk.locator('#cpf-erase').tap();
    await kiosk.locator('#cpf-erase').tap();
    await typeCpf(kiosk, '25');
    await kiosk.locator('#cpf-ok').tap();
    expect(await kiosk.locator('#cpf-open').textContent()).toBe('CPF na nota: ***.***.247-25');

    await kiosk.locator('#pay-card').tap();
    await kiosk.locator('#order-number').waitFor();
    const number = Number(await kiosk.locator('#order-number').textContent());
    const orders = (await admin.get('/orders?size=5&sort=created_at:desc')).body.data as { number: number; consumerTaxId: string | null }[];
    expect(orders.find((o) => o.number === number)?.consumerTaxId).toBe('52998224725');
    await kiosk.close();
  }, 120_000);
});
