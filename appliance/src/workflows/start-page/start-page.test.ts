import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../../test/support/http-client.js';
import { launchChromium } from '../../kernel/testing/chromium.js';
import { startTestAppliance, type TestAppliance } from '../../kernel/testing/harness.js';
import { waitUntil } from '../../kernel/testing/wait-until.js';
import { repoRoot } from '../../kernel/paths.js';
import { applianceModules } from '../../modules.js';

/** What a newcomer meets after `npm start`: the start page, the demo credentials and a PIX paid through the simulated gateway. */
describe('start page of a demo store', () => {
  let app: TestAppliance;
  let cashier: ApiClient;

  beforeAll(async () => {
    app = await startTestAppliance(applianceModules(), { realAuth: true, env: { CHEFIA_DEMO: '1' } });
    cashier = await new ApiClient(app.baseUrl).login('caixa', 'Caixa#2026');
  });
  afterAll(() => app?.close());

  it('links every web app and the API reference, shows health and the demo PINs, without scripts', async () => {
    const res = await fetch(`${app.baseUrl}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    for (const href of ['/kds', '/admin', '/docs/api.md', '/api/docs', '/health', '/metrics', '/start.css']) expect(html).toContain(`href="${href}"`);
    expect(html).toContain('Saúde da loja');
    expect(html).toContain('Banco de dados');
    // Every health check has its pt-BR label: no check's code name reaches the page.
    const health = ((await (await fetch(`${app.baseUrl}/health`)).json()) as { data: { checks: Record<string, unknown> } }).data;
    for (const name of Object.keys(health.checks)) expect(html).not.toContain(`<td>${name}</td>`);
    for (const pin of ['1234', '2222', '3333', '4444', '5555']) expect(html).toContain(`<code>${pin}</code>`);
    expect(html).toContain('PIX simulado');
    expect(html).not.toMatch(/<script|<style| on[a-z]+=/i);
    const api = await fetch(`${app.baseUrl}/docs/api.md`);
    expect(await api.text()).toContain('/orders/{id}/payments');
    expect((await fetch(`${app.baseUrl}/start.css`)).headers.get('content-type')).toContain('text/css');
  });

  /** A counter order charged by PIX, as README "Paying by PIX in the demo" walks through it. */
  async function orderChargedByPix(quantity: number) {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const order = created.body.data as { id: string; totalCents: number };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    const charged = await cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(charged.status, JSON.stringify(charged.body)).toBe(201);
    const payment = charged.body.data.payment as { id: string; status: string; provider: string; pix: { qrPayload: string } };
    expect(payment).toMatchObject({ status: 'PENDING', provider: 'ASAAS' });
    expect(payment.pix.qrPayload).toMatch(/^000201/);
    return { order, payment };
  }

  it('settles a PIX sale when the newcomer plays the customer at the simulated gateway', async () => {
    const { order, payment } = await orderChargedByPix(2);

    const page = await (await fetch(`${app.baseUrl}/`)).text();
    expect(page).toContain(`action="/demo/pix/${payment.id}/pay"`);
    const paid = await fetch(`${app.baseUrl}/demo/pix/${payment.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe('/#pix');

    await waitUntil('the webhook to capture the PIX', async () => (await cashier.get(`/payments/${payment.id}`)).body.data.status, (status) => status === 'CAPTURED');
    const settled = await cashier.get(`/orders/${order.id}`);
    expect(settled.body.data.paidAt).not.toBeNull();
    expect(await (await fetch(`${app.baseUrl}/`)).text()).not.toContain(`/demo/pix/${payment.id}/pay`);
    const again = await fetch(`${app.baseUrl}/demo/pix/${payment.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(again.status).toBe(422);
  });

  it('works in Chromium: the pay button is a plain form that brings the newcomer back to the page', async () => {
    const { payment } = await orderChargedByPix(1);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const scriptErrors: string[] = [];
      page.on('pageerror', (error) => scriptErrors.push(error.message));
      await page.goto(`${app.baseUrl}/`);
      expect(await page.locator('header h1').textContent()).toBe('Chefia POS · Chefia Demo');
      // The stylesheet applied: the header is painted with the page's colour, not the default.
      expect(await page.locator('header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(31, 58, 95)');
      // The committed docs picture is refreshed on request only, so a test run never dirties the tree.
      const shotDir = process.env.CHEFIA_UPDATE_SCREENSHOTS === '1' ? join(repoRoot(), 'docs', 'img') : mkdtempSync(join(tmpdir(), 'chefia-start-'));
      mkdirSync(shotDir, { recursive: true });
      const shot = join(shotDir, 'start-page.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);

      await page.locator(`form[action="/demo/pix/${payment.id}/pay"] button`).click();
      await page.waitForURL(`${app.baseUrl}/#pix`);
      expect(await page.locator('#pix').textContent()).toContain('Nenhuma cobrança PIX aguardando pagamento.');
      expect((await cashier.get(`/payments/${payment.id}`)).body.data.status).toBe('CAPTURED');
      expect(scriptErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 90_000);
});

describe('start page of a real store', () => {
  let app: TestAppliance;
  beforeAll(async () => {
    app = await startTestAppliance(applianceModules(), { realAuth: true });
  });
  afterAll(() => app?.close());

  it('shows no credentials and no simulated gateway, and has no demo payment route', async () => {
    const html = await (await fetch(`${app.baseUrl}/`)).text();
    expect(html).toContain('href="/kds"');
    expect(html).not.toContain('2222');
    expect(html).not.toContain('PIX simulado');
    expect((await fetch(`${app.baseUrl}/demo/pix/x/pay`, { method: 'POST' })).status).toBe(404);
  });
});
