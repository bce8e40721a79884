import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { NOON_MONDAY, orderModules } from './test-support.js';

async function call(app: TestAppliance, method: string, path: string, body: unknown, headers: Record<string, string>) {
  const res = await fetch(`${app.baseUrl}/api/v1${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * The accountant's system reads the store's reports with an integration key holding the reports
 * scope (docs/security.md: a key's scopes are "never ... money movements or configuration"). A
 * leaked reporting key must read, not act in the store: it must not print the leitura X at the
 * till (the day's takings on paper at the counter, the receipt printer tied up in the middle of
 * service), nor close the managers' alert about PIX money the gateway received and the store never
 * booked by saying it was refunded. Those stay with the store's managers.
 */
describe('an integration key with the reports scope', () => {
  const printer = new VirtualPrinterServer();
  let asaas: AsaasSimulator;
  let app: TestAppliance;
  let staff: Record<string, string>;
  let reporting: Record<string, string>;

  beforeAll(async () => {
    await printer.start();
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 2000 })] });
    app = await startTestAppliance([...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, payments, workflowsModule], {
      realAuth: true,
      clock: NOON_MONDAY,
      env: { CHEFIA_DEMO: '1' },
    });
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    const login = await call(app, 'POST', '/auth/login', { username: 'admin', password: 'Admin#2026' }, {});
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    staff = { authorization: `Bearer ${login.body.data.accessToken}` };
    const issued = await call(app, 'POST', '/integrations/api-keys', { name: 'Contabilidade', scopes: ['reports.read', 'business_day.read'] }, staff);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    reporting = { 'x-api-key': issued.body.data.key as string };
    expect((await call(app, 'PUT', '/printers/balcao-1', { name: 'Balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: printer.port } }, staff)).status).toBe(200);
    expect((await call(app, 'PUT', '/print-routing', { receiptPrinterId: 'balcao-1' }, staff)).status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await asaas?.close();
    await printer.stop();
  });

  it('reads the leitura X but does not print it at the till', async () => {
    const read = await call(app, 'GET', '/business-days/current/x-report', undefined, reporting);
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    const printed = await call(app, 'POST', '/business-days/current/x-report/print', undefined, reporting);
    expect([printed.status, printed.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    // A manager still prints it.
    expect((await call(app, 'POST', '/business-days/current/x-report/print', undefined, staff)).status).toBe(201);
  });

  it('sees the PIX money the store did not book but does not resolve it', async () => {
    expect((await call(app, 'POST', '/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 }, staff)).status).toBe(201);
    const order = (await call(app, 'POST', '/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true }, staff)).body.data;
    const pix = await call(app, 'POST', `/orders/${order.id}/payments`, { method: 'PIX' }, staff);
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    // Withdrawn at the till, then paid by the customer anyway: money in the gateway, in no sale.
    expect((await call(app, 'POST', `/payments/${pix.body.data.payment.id}/cancel`, {}, staff)).status).toBe(200);
    await asaas.pay(pix.body.data.payment.providerRef);
    const open = await waitUntil('the unbooked PIX', async () => (await call(app, 'GET', '/payments/unbooked-confirmations/open', undefined, reporting)).body.data, (list) => list?.length === 1);

    const resolved = await call(app, 'POST', `/payments/unbooked-confirmations/${open[0].id}/resolution`, { resolution: 'REFUNDED_AT_GATEWAY' }, reporting);
    expect([resolved.status, resolved.body.error?.code]).toEqual([403, 'FORBIDDEN']);
    const still = await call(app, 'GET', '/payments/unbooked-confirmations/open', undefined, staff);
    expect(still.body.data.map((u: { id: string }) => u.id)).toEqual([open[0].id]);
    // The manager resolves it.
    expect((await call(app, 'POST', `/payments/unbooked-confirmations/${open[0].id}/resolution`, { resolution: 'REFUNDED_AT_GATEWAY' }, staff)).status).toBe(200);
  });
});
