import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/** A paired kiosk calls with its device token: the device permissions of `auth/permissions.ts`. */
function kioskApi(app: TestAppliance, id: string): Api {
  return apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id, role: undefined, deviceKind: 'KIOSK' }));
}

describe('self-order kiosk: the order reaches the kitchen only after payment', () => {
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
    kiosk = kioskApi(app, 'kiosk-1');
    staff = apiAs(app, ['orders.read', 'kds.operate', 'stock.read', 'stock.manage', 'payments.capture'], 'MANAGER');
    expect((await staff.post('/stock/items', { productId: 'prod-coke', name: 'Coca-Cola lata', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 24_000 })).status).toBe(201);
  });
  afterAll(async () => {
    await app.close();
    await asaas.close();
  });

  const ticketsOf = async (orderId: string) => {
    const stations = (await staff.get('/kds/stations')).body.data as { code: string }[];
    const all = await Promise.all(stations.map(async (s) => (await staff.get(`/kds/${s.code}/tickets`)).body.data as { orderId: string }[]));
    return all.flat().filter((t) => t.orderId === orderId);
  };
  const reservedOf = async (productId: string) => ((await staff.get('/stock/items')).body.data as { productId: string; reserved: number }[]).find((i) => i.productId === productId)?.reserved ?? 0;
  const statusOf = async (orderId: string) => (await staff.get(`/orders/${orderId}`)).body.data.status as string;

  it('a PIX order stays a draft with no ticket until the gateway webhook, then goes to the kitchen', async () => {
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(created.status).toBe(201);
    const orderId = created.body.data.id as string;
    expect((await kiosk.post(`/orders/${orderId}/confirm`)).status).toBe(403);

    const pix = await kiosk.post(`/orders/${orderId}/payments`, { method: 'PIX' });
    expect(pix.status).toBe(201);
    expect(pix.body.data.payment.pix.qrPayload).toBeTruthy();
    expect(await statusOf(orderId)).toBe('DRAFT');
    expect(await ticketsOf(orderId)).toEqual([]);

    await asaas.pay(pix.body.data.payment.providerRef);
    await expect.poll(() => statusOf(orderId), { timeout: 5000 }).toBe('CONFIRMED');
    expect((await ticketsOf(orderId)).length).toBeGreaterThan(0);
    expect((await kiosk.get(`/orders/${orderId}/payments`)).body.data.balance.remainingCents).toBe(0);
  });

  /*
   * The kiosk's PIX charge was made with the last cans on the shelf; while the customer scanned the
   * QR the counter sold them. The money is taken: the order still goes to the kitchen (the store
   * serves it or settles with the customer, not a paid order stuck as a draft), and the shortage
   * is flagged (`stock.oversold`) for the stock keeper.
   */
  it('a PIX paid after the counter sold its last item still goes to the kitchen, the shortage flagged', async () => {
    expect((await staff.post('/stock/items', { productId: 'prod-guarana', name: 'Guaraná lata', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 1_000 })).status).toBe(201);
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-guarana', quantity: 1 }, { productId: 'prod-fries', quantity: 1 }] });
    const orderId = created.body.data.id as string;
    const pix = await kiosk.post(`/orders/${orderId}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);

    const counter = apiAs(app, ['orders.read', 'orders.create', 'orders.confirm'], 'CASHIER');
    const sold = (await counter.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-guarana', quantity: 1 }], confirm: true })).body.data as { id: string };
    expect(sold.id).toBeTruthy();

    await asaas.pay(pix.body.data.payment.providerRef);
    await expect.poll(() => statusOf(orderId), { timeout: 5000 }).toBe('CONFIRMED');
    expect((await ticketsOf(orderId)).length).toBeGreaterThan(0);
    const can = ((await staff.get('/stock/items')).body.data as { productId: string; onHand: number; reserved: number; available: number }[]).find((i) => i.productId === 'prod-guarana');
    expect(can).toMatchObject({ onHand: 1_000, reserved: 2_000, available: -1_000 });
    const oversold = app.ctx.db.prepare("SELECT count(*) FROM journal WHERE type = 'stock.oversold' AND json_extract(payload, '$.name') = 'Guaraná lata'").pluck().get() as number;
    expect(oversold).toBe(1);
  });

  it('a declined card leaves a draft with no ticket and no stock reserved; an approved card sends it', async () => {
    const reservedBefore = await reservedOf('prod-coke');
    const created = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-coke', quantity: 1 }] });
    const orderId = created.body.data.id as string;
    network.scenario = 'decline';
    const declined = await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' });
    network.scenario = 'approve';
    expect(declined.status).toBe(422);
    expect(declined.body.error.code).toBe('PAYMENT_CARD_DECLINED');
    expect(await statusOf(orderId)).toBe('DRAFT');
    expect(await ticketsOf(orderId)).toEqual([]);
    expect(await reservedOf('prod-coke')).toBe(reservedBefore);

    expect((await kiosk.post(`/orders/${orderId}/payments`, { method: 'CREDIT' })).status).toBe(201);
    await expect.poll(() => statusOf(orderId), { timeout: 5000 }).toBe('CONFIRMED');
    expect((await ticketsOf(orderId)).length).toBeGreaterThan(0);
    expect(await reservedOf('prod-coke')).toBeGreaterThan(reservedBefore);
  });

  it('a kiosk pays only its own orders, and only by PIX or card', async () => {
    const mine = (await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data.id as string;
    const cash = await kiosk.post(`/orders/${mine}/payments`, { method: 'CASH', tenderedCents: 5000 });
    expect([cash.status, cash.body.error.code]).toEqual([403, 'KIOSK_PAYMENT_METHOD_NOT_ALLOWED']);
    expect(cash.body.error.message).toBe('No totem o pagamento é só por Pix ou cartão.');
    const machine = await kiosk.post(`/orders/${mine}/payments`, { method: 'CREDIT', standaloneCard: {} });
    expect(machine.body.error.code).toBe('KIOSK_PAYMENT_METHOD_NOT_ALLOWED');

    const other = kioskApi(app, 'kiosk-2');
    expect((await other.post(`/orders/${mine}/payments`, { method: 'PIX' })).body.error.code).toBe('ORDER_NOT_OWNER');
    expect((await other.get(`/orders/${mine}/payments`)).status).toBe(403);
    expect(await statusOf(mine)).toBe('DRAFT');
  });

  it('a kiosk withdraws its own PIX charge (the customer turned to the card) and no other, so the old QR cannot be paid on top', async () => {
    const mine = (await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data.id as string;
    const pix = (await kiosk.post(`/orders/${mine}/payments`, { method: 'PIX' })).body.data.payment as { id: string; providerRef: string };
    const other = kioskApi(app, 'kiosk-2');
    const foreign = await other.post(`/payments/${pix.id}/cancel`);
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'ORDER_NOT_OWNER']);

    const withdrawn = await kiosk.post(`/payments/${pix.id}/cancel`);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.data.status).toBe('CANCELLED');
    expect(asaas.payments.get(pix.providerRef)?.deleted).toBe(true);
    // The card now pays the whole order.
    network.scenario = 'approve';
    const card = await kiosk.post(`/orders/${mine}/payments`, { method: 'CREDIT' });
    expect(card.status, JSON.stringify(card.body)).toBe(201);
    expect((await kiosk.get(`/orders/${mine}/payments`)).body.data.balance.remainingCents).toBe(0);
  });

  /*
   * The kiosk's customer pays the whole order to the store, by Pix or by card in one payment. The
   * terms only the till sets (a Pix split to another account's wallet, card installments) are not
   * the kiosk's to choose: a kiosk token sending them must not route the customer's money to someone
   * else's wallet nor charge the store installment fees.
   */
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
