import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../appliance/src/kernel/testing/chromium.js';
import { AsaasSimulator } from '../../appliance/src/payments/simulators/asaas-simulator.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { signInToBackOffice } from '../support/demo-store-in-browser.js';
import { ApiClient } from '../support/http-client.js';

const NBSP = '\u00a0';

/**
 * PIX money the gateway received outside an order, seen by the manager on the back office's
 * dashboard: a notice with the count, the list (order, reason, charged and received), and each one
 * resolved from the keyboard or with a tap until nothing is left to check. A real built appliance
 * with the in-repo Asaas simulator as its PIX gateway.
 */
describe('back office: PIX received outside an order', () => {
  let appliance: ApplianceProcess;
  let asaas: AsaasSimulator;
  let admin: ApiClient;
  let cashier: ApiClient;
  let browser: Browser;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'e2e-asaas', webhookToken: 'e2e-asaas-hook' }).start();
    appliance = await spawnAppliance({
      env: {
        CHEFIA_DEMO: '1',
        CHEFIA_LOG_LEVEL: 'warn',
        CHEFIA_PIX_GATEWAYS: 'ASAAS',
        CHEFIA_PIX_TIMEOUT_MS: '3000',
        CHEFIA_ASAAS_URL: asaas.baseUrl,
        CHEFIA_ASAAS_API_KEY: 'e2e-asaas',
        CHEFIA_ASAAS_WEBHOOK_TOKEN: 'e2e-asaas-hook',
        CHEFIA_ASAAS_CUSTOMER_ID: 'cus_e2e',
      },
      readyTimeoutMs: 120_000,
    });
    asaas.webhookUrl = `${appliance.baseUrl}/api/v1/payments/webhooks/asaas`;
    admin = await new ApiClient(appliance.baseUrl).login();
    cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).status).toBe(201);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await appliance?.stop();
    await asaas?.close();
    if (appliance) rmSync(appliance.dataDir, { recursive: true, force: true });
  });

  async function pixCharge() {
    const order = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const pix = await cashier.post(`/orders/${order.body.data.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    return { number: order.body.data.number as number, payment: pix.body.data.payment };
  }

  it('shows the notice and resolves each one from the list', async () => {
    // R$ 1,00 received for the charge, then a charge paid after the cashier withdrew it.
    const short = await pixCharge();
    asaas.payments.get(short.payment.providerRef)!.valueCents = 100;
    await asaas.pay(short.payment.providerRef);
    const late = await pixCharge();
    expect((await cashier.post(`/payments/${late.payment.id}/cancel`)).status).toBe(200);
    await asaas.pay(late.payment.providerRef);

    const page = await signInToBackOffice({ appliance, admin, browser });
    const notice = page.locator('#unbooked-notice');
    await expect.poll(() => notice.textContent()).toContain('2 pagamentos recebidos fora de um pedido');
    const rows = page.locator('#unbooked-payments tbody tr');
    expect(await rows.count()).toBe(2);
    // Newest first: the order paid after its charge was withdrawn.
    expect(await rows.nth(0).innerText()).toContain(`${late.number}\tPago depois de cancelado`);
    expect(await rows.nth(1).innerText()).toContain(`${short.number}\tValor diferente do cobrado`);
    expect(await rows.nth(1).innerText()).toContain(`R$${NBSP}1,00`);
    if (process.env.CHEFIA_E2E_SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.CHEFIA_E2E_SCREENSHOT_DIR, 'admin-unbooked-payments.png'), fullPage: true });

    // Keyboard: "Conferir" puts the focus on the first row's choice; Tab to the note, Enter resolves.
    await notice.getByRole('button', { name: 'Conferir' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('resolution');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Devolvido no painel do Asaas');
    await page.keyboard.press('Enter');
    await page.getByText(`Pagamento do pedido ${late.number} resolvido.`).waitFor();
    await expect.poll(() => notice.textContent()).toContain('1 pagamento recebido fora de um pedido');

    // "Outro" without a note is refused on the screen; with one, nothing is left to check.
    const last = rows.first();
    await last.locator('select').selectOption('OTHER');
    await last.getByRole('button', { name: 'Resolver' }).click();
    await page.getByText('Em "Outro", escreva o que foi feito com o dinheiro.').waitFor();
    await last.locator('input[name=note]').fill('Cliente levou o troco em vale');
    await last.getByRole('button', { name: 'Resolver' }).click();
    await page.getByText(`Pagamento do pedido ${short.number} resolvido.`).waitFor();
    await notice.waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(0);

    expect((await admin.get('/payments/unbooked-confirmations/open')).body.data).toEqual([]);
    await page.close();
  });
});
