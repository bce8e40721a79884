import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/**
 * The kiosk's customer pays the whole order to the store, by Pix or by card in one payment. The
 * terms only the till sets (a Pix split to another account's wallet, card installments) are not
 * the kiosk's to choose: a kiosk token sending them must not route the customer's money to someone
 * else's wallet nor charge the store installment fees.
 */
describe('a kiosk payment carries the store\'s plain terms only', () => {
  let app: TestAppliance;
  let asaas: AsaasSimulator;
  const network = new VirtualCardNetwork();
  let kiosk: Api;
  let staff: Api;

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({
      pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 10_000 })],
      card: new VirtualCardProvider(network),
    });
    app = await startTillStore(payments);
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    staff = apiAs(app, ['orders.read', 'payments.capture'], 'MANAGER');
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  const kioskOrder = async () => {
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.id as string;
  };

  it('refuses a Pix charge that splits the customer\'s money to another wallet, before any charge is made', async () => {
    const orderId = await kioskOrder();
    const chargesBefore = asaas.payments.size;
    const res = await kiosk.post(`/orders/${orderId}/payments`, { method: 'PIX', splitRules: [{ accountId: 'wallet-of-someone-else', amountCents: 1000 }] });
    expect([res.status, res.body.error?.code]).toEqual([403, 'KIOSK_PAYMENT_TERMS_NOT_ALLOWED']);
    expect(res.body.error.message).toBe('No totem o pagamento é feito de uma vez, sem parcelas nem divisão do valor.');
    expect(asaas.payments.size).toBe(chargesBefore);
    expect((await staff.get(`/orders/${orderId}/payments`)).body.data.payments).toEqual([]);
  });

  it('refuses card installments chosen by the kiosk, and takes the plain card payment', async () => {
    const orderId = await kioskOrder();
    network.scenario = 'approve';
    const res = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT', installments: 12 });
    expect([res.status, res.body.error?.code]).toEqual([403, 'KIOSK_PAYMENT_TERMS_NOT_ALLOWED']);
    expect((await staff.get(`/orders/${orderId}/payments`)).body.data.payments).toEqual([]);

    const plain = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.body.data.balance.remainingCents).toBe(0);
  });
});
