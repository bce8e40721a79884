import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent, ChatOutboundMessage } from '../../contract/chat.js';
import { cashierModule } from '../cashier/index.js';
import { createChatModule } from '../chat/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { catalogChatMenu } from './chat-menu.js';
import { createChatApplier } from './chat-conversation.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/**
 * The bot's answers in the middle of an order: typed answers to its questions (the button's word,
 * a misspelt option), the delivery fee asked in between, changes to the cart being built, and a
 * cancellation, of the order being built or of one already placed. One store; each case its own contact.
 */
const NOW = NOON_MONDAY.now().toISOString();

/** The store as chat-conversation.test.ts sets it up (demo menu, a Pinheiros zone), without a PIX gateway. */
function chatStore() {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-chat-answers-'));
  const state: { app?: TestAppliance; staff?: Api; cursor: number } = { cursor: 0 };
  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    state.app = await startTestAppliance(modules, { clock: NOON_MONDAY, dataDir, env: { CHEFIA_DEMO: '1' } });
    state.staff = apiAs(state.app, ['orders.read', 'customers.read', 'orders.fulfil', 'business_day.manage', 'chat.read', 'chat.reply'], 'MANAGER');
    expect((await state.staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(async () => {
    await state.app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const app = () => state.app!;
  const replies = (contactId: string): ChatOutboundMessage[] =>
    (app().ctx.db.prepare("SELECT payload FROM journal WHERE type = 'chat.reply_queued' ORDER BY seq").pluck().all() as string[])
      .map((p) => JSON.parse(p) as { contactId: string; message: ChatOutboundMessage })
      .filter((r) => r.contactId === contactId)
      .map((r) => r.message);
  /** The relay delivers one customer message; answers the bot's replies to it. */
  const send = async (contactId: string, content: ChatInboundContent, options: { channel?: string; userId?: string } = {}) => {
    const before = replies(contactId).length;
    state.cursor += 1;
    const payload = { messageId: `wamid.answers.${state.cursor}`, channel: options.channel ?? 'WHATSAPP', contactId, userId: options.userId ?? `55119${String(state.cursor).padStart(8, '0')}`, profileName: 'Maria Oliveira', sentAt: NOW, content };
    const message = { cursor: state.cursor, id: `00000000-0000-4000-8000-${String(state.cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app().ctx);
    expect(await app().ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
    return replies(contactId).slice(before);
  };
  return { app, staff: () => state.staff!, replies, send };
}

const text = (value: string): ChatInboundContent => ({ kind: 'TEXT', text: value });
const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });
const bodies = (messages: ChatOutboundMessage[]) => messages.map((m) => (m.kind === 'TEXT' ? m.text : m.kind === 'TEMPLATE' ? m.name : m.kind === 'QR_IMAGE' ? `QR ${m.data}` : m.body));
const ids = (message: ChatOutboundMessage | undefined) =>
  message?.kind === 'BUTTONS' ? message.buttons.map((b) => b.id) : message?.kind === 'LIST' ? message.sections.flatMap((s) => s.rows.map((r) => r.id)) : [];

describe('typed answers to the bot\'s questions', () => {
  const store = chatStore();

  it('the button\'s own word ("entrega", "pix") answers the delivery and payment questions like a tap', async () => {
    const c = 'c-typed-buttons';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    expect(ids((await store.send(c, text('1 batata frita')))[0])).toEqual(['fulfilment:DELIVERY', 'fulfilment:PICKUP']);
    expect(bodies(await store.send(c, text('entrega')))).toEqual(['Qual o endereço de entrega? Escreva rua, número, bairro e CEP, ou envie sua localização.']);
    const payment = await store.send(c, text('Rua dos Pinheiros, 100 - Pinheiros'));
    expect(ids(payment[1])).toEqual(['pay:PIX', 'pay:CARD', 'pay:CASH']);
    expect(bodies(await store.send(c, text('pix')))[0]).toMatch(/^Confira seu pedido:[\s\S]*Pagamento: Pix/);
  });

  it('"mau passado" answers "Qual ponto da carne?" as the parser reads it in an order', async () => {
    const c = 'c-mau-passado';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    expect(ids((await store.send(c, text('1 x-bacon')))[0])).toEqual(['opt:rare', 'opt:medium', 'opt:well-done']);
    const next = bodies(await store.send(c, text('mau passado')))[0];
    expect(next).toContain('1x X-Bacon (Mal passado)');
  });
});

describe('the delivery fee asked in the middle of a conversation', () => {
  const store = chatStore();

  it('once the fee is answered, the question the order was waiting on is asked again', async () => {
    const c = 'c-fee-mid-order';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    await store.send(c, text('1 batata frita'));
    expect(ids((await store.send(c, tap('fulfilment:PICKUP')))[0])).toEqual(['pay:PIX', 'pay:CARD', 'pay:CASH']);
    expect(bodies(await store.send(c, text('qual a taxa de entrega?')))[0]).toMatch(/^Para calcular a taxa/);
    const answer = await store.send(c, text('Rua dos Pinheiros 100 Pinheiros'));
    expect(bodies(answer)[0]).toBe('Entregamos aí (Pinheiros): taxa de R$ 7,00, em cerca de 40 min.');
    expect(ids(answer[1])).toEqual(['pay:PIX', 'pay:CARD', 'pay:CASH']);
  });

  it('a location shared to answer "e o frete?" settles the question: the next message is not read as another address', async () => {
    const c = 'c-fee-location';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    expect(bodies(await store.send(c, text('e o frete?')))[0]).toMatch(/^Para calcular a taxa/);
    const location: ChatInboundContent = { kind: 'LOCATION', latitude: -23.565, longitude: -46.652, name: null, address: 'Rua dos Pinheiros, 200 - Pinheiros' };
    expect(bodies(await store.send(c, location))).toEqual(['Entregamos aí (Pinheiros): taxa de R$ 7,00, em cerca de 40 min.']);
    const menu = await store.send(c, text('cardápio'));
    expect(menu[0]).toMatchObject({ kind: 'LIST', body: 'Nosso cardápio: escolha uma categoria.' });
  });
});

describe('changes to the cart being built', () => {
  const store = chatStore();

  it('"tira a coca" at the address question takes the coke out of the cart, not read as an address', async () => {
    const c = 'c-take-back-address';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    await store.send(c, text('1 batata frita e 1 coca'));
    expect(bodies(await store.send(c, tap('fulfilment:DELIVERY')))[0]).toMatch(/^Qual o endereço de entrega\?/);
    const answer = bodies(await store.send(c, text('tira a coca')));
    expect(answer.join('\n')).not.toContain('não entregamos nesse endereço');
    expect(answer).toContain('Qual o endereço de entrega? Escreva rua, número, bairro e CEP, ou envie sua localização.');
    await store.send(c, text('Rua dos Pinheiros, 100 - Pinheiros'));
    const summary = bodies(await store.send(c, tap('pay:CARD')))[0];
    expect(summary).toContain('1x Batata frita');
    expect(summary).not.toContain('Coca-Cola');
  });

  it('"adiciona uma coca no meu pedido" adds the coke to the cart, not read as a question about orders placed', async () => {
    const c = 'c-add-to-my-order';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    await store.send(c, text('1 batata frita'));
    const answer = await store.send(c, text('adiciona uma coca no meu pedido'));
    expect(bodies(answer)[0]).toContain('1x Batata frita\n1x Coca-Cola lata 350 ml');
  });

  it('after an ambiguous word is picked, the words the menu lacks in the same message are still asked about', async () => {
    const c = 'c-refri-esfihas';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    const which = await store.send(c, text('2 refri e 3 esfihas'));
    expect(ids(which[0])).toEqual(['pick:prod-coke', 'pick:prod-guarana']);
    const next = await store.send(c, tap('pick:prod-coke'));
    expect(ids(next[0])).toEqual(['unresolved:menu', 'unresolved:skip']);
  });

  it('the quantity of an ambiguous word is read as the parser reads it ("seis refri", "refri x3")', async () => {
    const c = 'c-six-refri';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    const which = await store.send(c, text('seis refri'));
    expect(ids(which[0])).toEqual(['pick:prod-coke', 'pick:prod-guarana']);
    expect(bodies(await store.send(c, tap('pick:prod-coke')))[0]).toContain('6x Coca-Cola lata 350 ml');
    expect(ids((await store.send(c, text('refri x3')))[0])).toEqual(['pick:prod-coke', 'pick:prod-guarana']);
    expect(bodies(await store.send(c, tap('pick:prod-guarana')))[0]).toMatch(/\n3x Guaraná/);
  });
});

describe('a cancellation', () => {
  const store = chatStore();

  it('"cancela" drops the order being built', async () => {
    const c = 'c-cancel-building';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    await store.send(c, text('1 batata frita'));
    expect(bodies(await store.send(c, text('cancela')))).toEqual(['Pedido cancelado. Quando quiser, é só escrever.']);
    expect(bodies(await store.send(c, tap('fulfilment:PICKUP')))).toEqual(['Seu pedido está vazio. O que vai querer?']);
  });

  it('of an order already placed hands the conversation to a person, who can cancel it; the bot does not', async () => {
    const c = 'c-cancel-placed';
    await store.send(c, text('oi'));
    await store.send(c, tap('consent:no'));
    await store.send(c, text('1 batata frita'));
    await store.send(c, tap('fulfilment:PICKUP'));
    await store.send(c, tap('pay:CARD'));
    await store.send(c, tap('confirm:yes'));
    const orderId = store.app().ctx.db.prepare('SELECT order_id FROM chat_orders').pluck().get() as string;
    await expect.poll(() => bodies(store.replies(c).slice(-1))[0], { timeout: 5000 }).toMatch(/^Pedido nº \d+ confirmado!/);

    const answer = bodies(await store.send(c, text('quero cancelar meu pedido')));
    expect(answer).toEqual([expect.stringMatching(/^Seu pedido nº \d+ já foi registrado e não consigo cancelá-lo por aqui\. Já chamei alguém da nossa equipe/)]);
    expect(store.app().ctx.db.prepare('SELECT status FROM chat_conversations WHERE contact_id = ?').pluck().get(c)).toBe('HANDED_OVER');
    expect((await store.staff().get(`/orders/${orderId}`)).body.data.status).toBe('CONFIRMED');
  });
});
