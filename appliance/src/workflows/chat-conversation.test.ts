import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBrl } from '../kernel/money.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent, ChatOutboundMessage } from '../../contract/chat.js';
import { cashierModule } from '../cashier/index.js';
import { catalogChatMenu } from './chat-menu.js';
import { createChatModule } from '../chat/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { AsaasGateway, createPaymentsModule, listPaymentsOfOrder } from '../payments/index.js';
import { AsaasSimulator } from '../payments/simulators/asaas-simulator.js';
import { createChatApplier } from './chat-conversation.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

interface Reply {
  replyId: string;
  conversationId: string;
  contactId: string;
  channel: string;
  message: ChatOutboundMessage;
}

const PHONE = '5511987654321';
const NOW = NOON_MONDAY.now().toISOString();

describe('chat conversations at the store (bot, orders, staff)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-chat-'));
  let asaas: AsaasSimulator;
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;

  const start = async () => {
    const payments = createPaymentsModule({ pixGateways: [new AsaasGateway({ baseUrl: asaas.baseUrl, apiKey: 'k', webhookToken: 'hook', customerId: 'cus_1', timeoutMs: 10_000 })] });
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, payments, deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, dataDir, env: { CHEFIA_DEMO: '1' } });
    asaas.webhookUrl = `${app.baseUrl}/api/v1/payments/webhooks/asaas`;
    staff = apiAs(app, ['orders.read', 'customers.read', 'orders.fulfil', 'business_day.manage', 'chat.read', 'chat.reply'], 'MANAGER');
  };

  const replies = (contactId: string): Reply[] =>
    (app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'chat.reply_queued' ORDER BY seq").pluck().all() as string[]).map((p) => JSON.parse(p) as Reply).filter((r) => r.contactId === contactId);

  /** The relay delivers one customer message; answers the bot's replies to it. */
  const send = async (contactId: string, content: ChatInboundContent, options: { messageId?: string; channel?: string; sentAt?: string; userId?: string } = {}) => {
    const before = replies(contactId).length;
    cursor += 1;
    const payload = { messageId: options.messageId ?? `wamid.${cursor}`, channel: options.channel ?? 'WHATSAPP', contactId, userId: options.userId ?? PHONE, profileName: 'Maria Oliveira', sentAt: options.sentAt ?? NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
    return replies(contactId).slice(before).map((r) => r.message);
  };
  const text = (value: string): ChatInboundContent => ({ kind: 'TEXT', text: value });
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });
  const bodies = (messages: ChatOutboundMessage[]) => messages.map((m) => (m.kind === 'TEXT' ? m.text : m.kind === 'TEMPLATE' ? m.name : m.kind === 'QR_IMAGE' ? `QR ${m.data}` : m.body));
  const ids = (message: ChatOutboundMessage | undefined) =>
    message?.kind === 'BUTTONS' ? message.buttons.map((b) => b.id) : message?.kind === 'LIST' ? message.sections.flatMap((s) => s.rows.map((r) => r.id)) : [];
  const deliveryOf = async (orderId: string) => (await staff.get(`/delivery/orders/${orderId}`)).body.data;
  const chatOrders = () => app.ctx.db.prepare('SELECT order_id FROM chat_orders ORDER BY created_at, rowid').pluck().all() as string[];

  beforeAll(async () => {
    asaas = await new AsaasSimulator({ apiKey: 'k', webhookToken: 'hook' }).start();
    await start();
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await asaas?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes a WhatsApp order: consent, the doneness asked, delivery, PIX paid at the gateway, kitchen, "confirmado" and "saiu para entrega"; the context survives a restart', async () => {
    const consent = await send('c-maria', text('quero 2 x-bacon e uma coca'));
    expect(ids(consent[0])).toEqual(['consent:yes', 'consent:no']);

    const doneness = await send('c-maria', tap('consent:yes'));
    expect(bodies(doneness)[0]).toContain('Obrigado');
    expect(bodies(doneness)[1]).toBe('Qual ponto da carne? (2x X-Bacon)');
    expect(ids(doneness[1])).toEqual(['opt:rare', 'opt:medium', 'opt:well-done']);

    const fulfilment = await send('c-maria', tap('opt:medium'));
    expect(bodies(fulfilment)[0]).toContain('2x X-Bacon (Ao ponto)\n1x Coca-Cola lata 350 ml');
    expect(ids(fulfilment[0])).toEqual(['fulfilment:DELIVERY', 'fulfilment:PICKUP']);

    // The cart and the pending question are in SQLite: a restart in the middle changes nothing.
    await app.close();
    await start();

    expect(bodies(await send('c-maria', tap('fulfilment:DELIVERY')))).toEqual(['Qual o endereço de entrega? Escreva rua, número, bairro e CEP, ou envie sua localização.']);
    const payment = await send('c-maria', text('Rua dos Pinheiros, 100 - Pinheiros'));
    expect(bodies(payment)[0]).toBe('Entregamos aí (Pinheiros): taxa de R$ 7,00, em cerca de 40 min.');
    expect(ids(payment[1])).toEqual(['pay:PIX', 'pay:CARD', 'pay:CASH']);

    // Priced as a delivery sale: the demo's delivery markup applies.
    const summary = await send('c-maria', tap('pay:PIX'));
    expect(bodies(summary)[0]).toBe(
      'Confira seu pedido:\n2x X-Bacon (Ao ponto) — R$ 80,28\n1x Coca-Cola lata 350 ml — R$ 7,94\nTaxa de entrega: R$ 7,00\nTotal: R$ 95,22\nEntrega em: Rua dos Pinheiros, 100 - Pinheiros\nPagamento: Pix (enviamos o código agora)\n\nPodemos confirmar?',
    );
    expect(ids(summary[0])).toEqual(['confirm:yes', 'confirm:cancel']);

    await send('c-maria', tap('confirm:yes'));
    const [orderId] = chatOrders();
    const order = async () => (await staff.get(`/orders/${orderId}`)).body.data;
    // The fee is part of what the customer pays: the order's total, the PIX charge.
    expect(await order()).toMatchObject({ channel: 'WHATSAPP', status: 'DRAFT', subtotalCents: 8822, deliveryFeeCents: 700, totalCents: 9522 });
    await expect.poll(() => replies('c-maria').length, { timeout: 5000 }).toBe(11);
    const pix = replies('c-maria').slice(-3).map((r) => r.message);
    expect(bodies(pix)[0]).toMatch(/^Pedido nº \d+ registrado! Pague R\$ 95,22/);
    const payments = listPaymentsOfOrder(app.ctx.db, orderId);
    expect(payments[0]).toMatchObject({ method: 'PIX', amountCents: 9522 });
    expect(asaas.payments.get(payments[0].providerRef!)?.valueCents).toBe(9522);
    expect(bodies(pix)[1]).toBe(payments[0].pix!.qrPayload);
    // The same code as a QR image: the journal names what it encodes, the relay draws it.
    expect(pix[2]).toEqual({ kind: 'QR_IMAGE', data: payments[0].pix!.qrPayload, caption: expect.stringMatching(/^Se preferir, leia este QR Code .* Pix de R\$ 95,22, pedido nº \d+\.$/) });
    // The store's delivery record, like any delivery: the sealed address, the zone's fee, nothing to collect (paid by PIX).
    const delivery = await deliveryOf(orderId);
    expect(delivery).toMatchObject({
      feeCents: 700, prepaid: true, paymentMethod: 'PIX', amountDueCents: 0, changeForCents: null, status: 'PENDING',
      destination: { street: 'Rua dos Pinheiros, 100 - Pinheiros', district: 'Pinheiros', recipientName: 'Maria Oliveira', phone: `+${PHONE}` },
    });
    expect(app.ctx.db.prepare('SELECT address FROM deliveries WHERE id = ?').pluck().get(delivery.id)).not.toContain('Pinheiros');

    await asaas.pay(payments[0].providerRef!);
    await expect.poll(async () => (await order()).status, { timeout: 5000 }).toBe('CONFIRMED');
    expect(app.ctx.db.prepare('SELECT count(*) FROM kitchen_tickets WHERE order_id = ?').pluck().get(orderId)).toBeGreaterThan(0);
    await expect.poll(() => bodies(replies('c-maria').slice(-1).map((r) => r.message))[0], { timeout: 5000 }).toMatch(/^Pedido nº \d+ confirmado!/);

    expect((await staff.post(`/orders/${orderId}/status`, { status: 'READY' })).status).toBe(200);
    // Out with a courier through the store's own dispatch: the order is DELIVERING and the customer hears it.
    const courier = await staff.post('/delivery/couriers', { name: 'João Motoboy', payPerDeliveryCents: 500 });
    expect(courier.status).toBe(201);
    const dispatched = await staff.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.body.data.id });
    expect(dispatched.status, JSON.stringify(dispatched.body)).toBe(200);
    expect((await order()).status).toBe('DELIVERING');
    await expect.poll(() => bodies(replies('c-maria').slice(-1).map((r) => r.message))[0], { timeout: 5000 }).toMatch(/^Seu pedido nº \d+ saiu para entrega!/);

    // The phone is sealed at rest and never journaled; the name is on the customer record, linked by consent.
    const journal = app.ctx.db.prepare('SELECT group_concat(payload) FROM journal').pluck().get() as string;
    expect(journal).not.toContain(PHONE);
    const stored = app.ctx.db.prepare('SELECT user_id || profile_name || context FROM chat_conversations').pluck().get() as string;
    expect(stored).not.toContain(PHONE);
    expect(stored).not.toContain('Pinheiros');
    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === PHONE);
    expect(conversation).toMatchObject({ consent: 'GRANTED', status: 'BOT', profileName: 'Maria Oliveira' });
    expect(conversation.customerId).toBeTruthy();
    // Staff see where the order goes; at rest the address is sealed.
    const detail = (await staff.get(`/chat/conversations/${conversation.id}`)).body.data;
    expect(detail.orders).toEqual([expect.objectContaining({ orderId, fulfilment: 'DELIVERY', paymentMethod: 'PIX', deliveryFeeCents: 700, deliveryAddress: { text: 'Rua dos Pinheiros, 100 - Pinheiros', latitude: null, longitude: null } })]);
    expect(app.ctx.db.prepare('SELECT delivery_address FROM chat_orders WHERE order_id = ?').pluck().get(orderId)).not.toContain('Pinheiros');
  });

  it('charges the delivery fee with cash at the door: the change is for the total with the fee, and the courier collects it', async () => {
    const joao = { userId: '5511933334444' };
    await send('c-cash', text('oi'), joao);
    await send('c-cash', tap('consent:no'), joao);
    await send('c-cash', text('1 batata frita'), joao);
    await send('c-cash', tap('fulfilment:DELIVERY'), joao);
    // An address with a number is not read as an order of "50" unknown things.
    expect(bodies(await send('c-cash', text('Rua Teodoro Sampaio, 50 - Pinheiros'), joao))[0]).toBe('Entregamos aí (Pinheiros): taxa de R$ 7,00, em cerca de 40 min.');
    await send('c-cash', tap('pay:CASH'), joao);
    const summary = bodies(await send('c-cash', text('troco para 100'), joao))[0];
    const total = /Total: R\$ (\d+),(\d{2})/.exec(summary)!.slice(1).map(Number);
    const totalCents = total[0] * 100 + total[1];
    await send('c-cash', tap('confirm:yes'), joao);
    const orderId = chatOrders().slice(-1)[0];
    const placed = (await staff.get(`/orders/${orderId}`)).body.data;
    expect(placed).toMatchObject({ deliveryFeeCents: 700, totalCents });
    expect(placed.totalCents).toBe(placed.subtotalCents - placed.discountCents + 700);
    expect(await deliveryOf(orderId)).toMatchObject({ feeCents: 700, prepaid: false, paymentMethod: 'CASH', amountDueCents: totalCents, changeForCents: 10_000, destination: { phone: '+5511933334444' } });
    await expect.poll(async () => (await staff.get(`/orders/${orderId}`)).body.data.status, { timeout: 5000 }).toBe('CONFIRMED');
  });

  it('reads the change asked for as a Brazilian writes money: "R$ 1.000,00" is a thousand reais', async () => {
    const bia = { userId: '5511955556666' };
    await send('c-mil', text('oi'), bia);
    await send('c-mil', tap('consent:no'), bia);
    await send('c-mil', text('1 batata frita'), bia);
    await send('c-mil', tap('fulfilment:DELIVERY'), bia);
    await send('c-mil', text('Rua Teodoro Sampaio, 50 - Pinheiros'), bia);
    await send('c-mil', tap('pay:CASH'), bia);
    expect(bodies(await send('c-mil', text('troco para R$ 1.000,00'), bia))[0]).toMatch(/Total: R\$ /);
    await send('c-mil', tap('confirm:yes'), bia);
    expect(await deliveryOf(chatOrders().slice(-1)[0])).toMatchObject({ paymentMethod: 'CASH', changeForCents: 100_000 });
  });

  it('asks about a catalog cart line in a quantity no chat order takes, as for one typed, and keeps the others', async () => {
    const leo = { userId: '5511977778888' };
    await send('c-cart', text('oi'), leo);
    await send('c-cart', tap('consent:no'), leo);
    const answer = bodies(await send('c-cart', { kind: 'CART', items: [{ retailerId: 'SID-001', quantity: 2, unitPriceCents: 1290 }, { retailerId: 'BEB-001', quantity: 2_000_000_000, unitPriceCents: 690 }] }, leo));
    expect(answer[0]).toContain('Não consegui anotar um item');
    // Going on without it, the order summary holds the fries alone.
    await send('c-cart', tap('unresolved:skip'), leo);
    await send('c-cart', tap('fulfilment:PICKUP'), leo);
    const summary = bodies(await send('c-cart', tap('pay:CARD'), leo)).join('\n');
    expect(summary).toContain('2x Batata frita');
    expect(summary).not.toContain('Coca-Cola');
  });

  it('applies a redelivered message once, and greets a returning customer by name', async () => {
    const ordersBefore = chatOrders().length;
    const first = await send('c-maria', text('oi'), { messageId: 'wamid.again' });
    expect(bodies(first)).toEqual(['Olá de novo, Maria! O que vai ser hoje?']);
    expect(await send('c-maria', text('oi'), { messageId: 'wamid.again' })).toEqual([]);
    expect(app.ctx.db.prepare("SELECT count(*) FROM chat_messages WHERE platform_message_id = 'wamid.again'").pluck().get()).toBe(1);
    expect(chatOrders()).toHaveLength(ordersBefore);
    expect(bodies(await send('c-maria', text('cadê meu pedido?')))[0]).toMatch(/^Seu pedido nº \d+: saiu para entrega\.$/);
  });

  it('answers the opening hours and address from the store profile, and the delivery fee for an address or a shared location', async () => {
    const profile = { name: 'Cantina da Nona', openingHours: 'ter. a dom., 11h às 23h', address: { street: 'Rua Augusta', number: '1500', district: 'Consolação', city: 'São Paulo', uf: 'SP', cep: '01304001' } };
    expect((await fetch(`${app.baseUrl}/api/v1/store`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(['business_day.manage']) }, body: JSON.stringify(profile) })).status).toBe(200);
    expect(bodies(await send('c-maria', text('que horas vocês abrem?')))).toEqual(['Cantina da Nona\nEndereço: Rua Augusta, 1500 - Consolação, São Paulo/SP\nHorário: ter. a dom., 11h às 23h']);
    expect(bodies(await send('c-maria', text('qual a taxa de entrega para a Rua dos Pinheiros 200, Pinheiros?')))).toEqual(['Entregamos aí (Pinheiros): taxa de R$ 7,00, em cerca de 40 min.']);
    expect(bodies(await send('c-maria', text('e o frete?')))).toEqual(['Para calcular a taxa, me diga o endereço (rua, número, bairro e CEP) ou envie sua localização.']);
    expect(bodies(await send('c-maria', text('Av. Ibirapuera, 100 - Moema')))).toEqual(['Infelizmente não entregamos nesse endereço, mas você pode retirar na loja.']);
    // A shared location is measured from the store's.
    expect((await fetch(`${app.baseUrl}/api/v1/delivery/store-location`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(['business_day.manage']) }, body: JSON.stringify({ latitude: -23.5614, longitude: -46.6559 }) })).status).toBe(200);
    expect((await staff.post('/delivery/zones', { name: 'Até 3 km', kind: 'RADIUS', maxDistanceMeters: 3000, feeCents: 500, estimateMinutes: 30 })).status).toBe(201);
    const nearby = { kind: 'LOCATION', latitude: -23.5650, longitude: -46.6520, name: null, address: null } as const;
    expect(bodies(await send('c-maria', nearby))).toEqual(['Entregamos aí (Até 3 km): taxa de R$ 5,00, em cerca de 30 min.']);
  });

  it('hands a conversation over to a person: the bot stays quiet, staff reply, release, and the menu comes as lists', async () => {
    const ig = { channel: 'INSTAGRAM', userId: 'igsid-77' };
    await send('c-ig', text('oi'), ig);
    await send('c-ig', tap('consent:no'), ig);
    expect(bodies(await send('c-ig', text('quero falar com atendente'), ig))).toEqual(['Certo! Já chamei alguém da nossa equipe para falar com você. Aguarde um instante.']);
    expect(await send('c-ig', text('alô?'), ig)).toEqual([]);

    const list = (await staff.get('/chat/conversations')).body.data;
    expect(list[0]).toMatchObject({ channel: 'INSTAGRAM', status: 'HANDED_OVER', phone: null, lastMessage: 'alô?' });
    expect(list[0].waitingSince).toBeTruthy();
    const replied = await staff.post(`/chat/conversations/${list[0].id}/reply`, { text: 'Oi! Aqui é a Ana, em que posso ajudar?' });
    expect(replied.status).toBe(200);
    expect(replied.body.data).toMatchObject({ status: 'HANDED_OVER', waitingSince: null });
    expect(replied.body.data.messages.slice(-1)[0]).toMatchObject({ author: 'STAFF', text: 'Oi! Aqui é a Ana, em que posso ajudar?' });
    expect(replies('c-ig').slice(-1)[0]).toMatchObject({ channel: 'INSTAGRAM', message: { kind: 'TEXT', text: 'Oi! Aqui é a Ana, em que posso ajudar?' } });
    expect((await staff.post(`/chat/conversations/${list[0].id}/release`)).body.data.status).toBe('BOT');

    const categories = await send('c-ig', text('me manda o cardápio'), ig);
    expect(categories[0]).toMatchObject({ kind: 'LIST', body: 'Nosso cardápio: escolha uma categoria.' });
    expect(ids(categories[0])).toContain('cat:cat-burgers');
    const burgers = (await send('c-ig', tap('cat:cat-burgers'), ig))[0];
    expect(burgers.kind === 'LIST' && burgers.sections[0].rows.find((r) => r.id === 'add:prod-bacon-burger')).toMatchObject({ title: 'X-Bacon', description: 'R$ 40,14 na entrega · R$ 34,90 para retirar' });
    const events = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'chat.conversation_updated'").pluck().all() as string[];
    expect(events.map((p) => JSON.parse(p).reason)).toEqual(expect.arrayContaining(['HANDED_OVER', 'STAFF_REPLY', 'RELEASED']));
  });

  it('asks which product an ambiguous word means, and takes cash with the change asked for', async () => {
    const fb = { channel: 'MESSENGER', userId: 'psid-5' };
    await send('c-fb', text('oi'), fb);
    await send('c-fb', tap('consent:no'), fb);
    const which = await send('c-fb', text('2 refri'), fb);
    expect(which[0]).toMatchObject({ kind: 'LIST', body: 'Qual destes você quer para "2 refri"?' });
    expect(ids(which[0])).toEqual(['pick:prod-coke', 'pick:prod-guarana']);
    expect(bodies(await send('c-fb', tap('pick:prod-guarana'), fb))[0]).toContain('2x Guaraná lata 350 ml');
    await send('c-fb', tap('fulfilment:PICKUP'), fb);
    expect(bodies(await send('c-fb', tap('pay:CASH'), fb))).toEqual(['Vai precisar de troco? Escreva para quanto (ex.: "troco para 100") ou "sem troco".']);
    expect(bodies(await send('c-fb', text('troco para 10'), fb))[0]).toMatch(/^O troco precisa ser para mais que o total de R\$ \d+,\d{2}\. Para quanto\?$/);
    const summary = bodies(await send('c-fb', text('troco para 50'), fb))[0];
    expect(summary).toContain('Retirada na loja\nPagamento: dinheiro, troco para R$ 50,00');
    await send('c-fb', text('cancela'), fb);
    expect(bodies(replies('c-fb').slice(-1).map((r) => r.message))).toEqual(['Pedido cancelado. Quando quiser, é só escrever.']);
  });

  it('outside the 24-hour window sends order status only as a template, and refuses a staff reply', async () => {
    const old = { sentAt: '2026-11-21T12:00:00.000Z', userId: '5511911112222' };
    await send('c-late', text('oi'), old);
    await send('c-late', tap('consent:no'), old);
    await send('c-late', text('1 batata frita'), old);
    await send('c-late', tap('fulfilment:PICKUP'), old);
    expect(bodies(await send('c-late', tap('pay:CARD'), old))[0]).toContain('Retirada na loja');
    await send('c-late', tap('confirm:yes'), old);
    await expect.poll(() => replies('c-late').slice(-1)[0].message.kind, { timeout: 5000 }).toBe('TEMPLATE');
    const orderNumber = String((await staff.get(`/orders/${chatOrders().slice(-1)[0]}`)).body.data.number);
    expect(replies('c-late').slice(-1)[0].message).toEqual({ kind: 'TEMPLATE', name: 'pedido_confirmado', language: 'pt_BR', parameters: [orderNumber] });

    const late = (await staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === '5511911112222');
    expect(late).toMatchObject({ insideWindow: false, staffMayReply: false });
    const refused = await staff.post(`/chat/conversations/${late.id}/reply`, { text: 'Olá!' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('CHAT_WINDOW_CLOSED');
  });

  it('outside the 24-hour window Messenger gets the status notice under POST_PURCHASE_UPDATE and a staff reply under HUMAN_AGENT (7 days)', async () => {
    const old = { channel: 'MESSENGER', sentAt: '2026-11-21T12:00:00.000Z', userId: 'psid-late' };
    await send('c-fb-late', text('oi'), old);
    await send('c-fb-late', tap('consent:no'), old);
    await send('c-fb-late', text('1 batata frita'), old);
    await send('c-fb-late', tap('fulfilment:PICKUP'), old);
    await send('c-fb-late', tap('pay:CARD'), old);
    await send('c-fb-late', tap('confirm:yes'), old);
    await expect.poll(() => bodies(replies('c-fb-late').slice(-1).map((r) => r.message))[0], { timeout: 5000 }).toMatch(/^Pedido nº \d+ confirmado!/);
    expect(replies('c-fb-late').slice(-1)[0].message).toMatchObject({ kind: 'TEXT', tag: 'POST_PURCHASE_UPDATE' });

    const late = (await staff.get('/chat/conversations')).body.data.find((c: { channel: string; insideWindow: boolean; lastMessage: string }) => c.channel === 'MESSENGER' && !c.insideWindow);
    expect(late).toMatchObject({ insideWindow: false, staffMayReply: true });
    const replied = await staff.post(`/chat/conversations/${late.id}/reply`, { text: 'Oi! Seu pedido já está saindo.' });
    expect(replied.status).toBe(200);
    expect(replies('c-fb-late').slice(-1)[0].message).toEqual({ kind: 'TEXT', text: 'Oi! Seu pedido já está saindo.', tag: 'HUMAN_AGENT' });
  });

  it('places the order only at the total the summary quoted: a price changed meanwhile is quoted again', async () => {
    const ana = { userId: '5511977776666' };
    await send('c-quote', text('oi'), ana);
    await send('c-quote', tap('consent:no'), ana);
    await send('c-quote', text('1 batata frita'), ana);
    await send('c-quote', tap('fulfilment:PICKUP'), ana);
    const quoted = bodies(await send('c-quote', tap('pay:CARD'), ana))[0];
    const totalOf = (summary: string) => /Total: (R\$ [\d.,]+)/.exec(summary)![1];
    // The manager reprices the sides (+10 %) while the customer reads the summary.
    const manager = apiAs(app, ['catalog.read', 'catalog.write'], 'MANAGER');
    expect((await manager.post('/catalog/price-changes', { categoryId: 'cat-sides', percentBp: 1000, apply: true })).status).toBe(200);

    const ordersBefore = chatOrders().length;
    const requote = bodies(await send('c-quote', tap('confirm:yes'), ana));
    expect(requote[0]).toBe('Os preços mudaram desde o resumo que enviamos. Confira o novo total:');
    expect(totalOf(requote[1])).not.toBe(totalOf(quoted));
    expect(chatOrders()).toHaveLength(ordersBefore);

    await send('c-quote', tap('confirm:yes'), ana);
    const placed = (await staff.get(`/orders/${chatOrders().slice(-1)[0]}`)).body.data;
    expect(chatOrders()).toHaveLength(ordersBefore + 1);
    expect(formatBrl(placed.totalCents)).toBe(totalOf(requote[1]));
  });
});
