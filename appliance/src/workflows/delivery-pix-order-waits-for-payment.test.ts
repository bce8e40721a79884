import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent } from '../../contract/chat.js';
import { cashierModule } from '../cashier/index.js';
import { createChatModule } from '../chat/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule, listPaymentsOfOrder } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { createChatApplier } from './chat-conversation.js';
import { catalogChatMenu } from './chat-menu.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const NOW = NOON_MONDAY.now().toISOString();

/**
 * A WhatsApp customer orders for delivery and picks Pix: the delivery is taken as paid before it
 * leaves, so its route slip tells the courier "nada a cobrar". Until the Pix is in, the order must
 * not go out with a courier, even when someone at the counter sent it to the kitchen by hand: the
 * customer would get the food and the store nothing.
 */
describe('a delivery to be paid by Pix', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-pix-delivery-'));
  let asaas: AsaasSimulator;
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;

  /** The relay delivers one customer message to the store. */
  const send = async (content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.${cursor}`, channel: 'WHATSAPP', contactId: 'c-ana', userId: '5511955556666', profileName: 'Ana Souza', sentAt: NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };
  const text = (value: string): ChatInboundContent => ({ kind: 'TEXT', text: value });
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 10_000 })] });
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, payments, deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, dataDir, env: { CHEFIA_DEMO: '1' } });
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    staff = apiAs(app, ['orders.read', 'orders.confirm', 'customers.read', 'orders.fulfil', 'business_day.manage', 'chat.read', 'chat.reply'], 'MANAGER');
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await asaas?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('does not go out with a courier before the Pix is paid, and goes out with nothing to collect once it is', async () => {
    await send(text('oi'));
    await send(tap('consent:no'));
    await send(text('1 batata frita'));
    await send(tap('fulfilment:DELIVERY'));
    await send(text('Rua Teodoro Sampaio, 50 - Pinheiros'));
    await send(tap('pay:PIX'));
    await send(tap('confirm:yes'));
    const orderId = app.ctx.db.prepare('SELECT order_id FROM chat_orders').pluck().get() as string;
    await expect.poll(() => listPaymentsOfOrder(app.ctx.db, orderId).length, { timeout: 5000 }).toBe(1);
    const delivery = (await staff.get(`/delivery/orders/${orderId}`)).body.data;
    expect(delivery).toMatchObject({ prepaid: true, amountDueCents: 0, status: 'PENDING' });
    const courier = (await staff.post('/delivery/couriers', { name: 'João Motoboy', payPerDeliveryCents: 500 })).body.data;

    // Someone at the counter sends the waiting order to the kitchen by hand; it is cooked and packed.
    const confirmed = await staff.post(`/orders/${orderId}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect((await staff.post(`/orders/${orderId}/status`, { status: 'READY' })).status).toBe(200);

    const early = await staff.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id });
    expect([early.status, early.body.error?.code], JSON.stringify(early.body)).toEqual([422, 'DELIVERY_PREPAID_NOT_PAID']);
    expect(early.body.error.message).toMatch(/^O pedido \d+ ficou de ser pago antes de sair/);
    expect((await staff.get(`/delivery/deliveries/${delivery.id}`)).body.data).toMatchObject({ status: 'PENDING', courierId: null });
    expect((await staff.get(`/orders/${orderId}`)).body.data.status).toBe('READY');

    await asaas.pay(listPaymentsOfOrder(app.ctx.db, orderId)[0].providerRef!);
    await expect.poll(async () => (await staff.get(`/orders/${orderId}`)).body.data.paidAt, { timeout: 5000 }).not.toBeNull();
    const paid = await staff.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    expect(paid.body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', amountDueCents: 0 });
  });
});
