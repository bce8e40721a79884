import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatOutboundMessage, type ChatInboundContent, type ChatOutboundMessage } from '../../contract/chat.js';
import { forgetChatDataOfCustomer } from '../chat/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { isSafeText } from '../kernel/safe-text.js';
import { clip } from './chat-turn.js';
import { chatCustomers, chatStoreModules } from './chat-test-support.js';
import { apiAs, NOON_MONDAY, type Api } from './test-support.js';


describe('what a chat customer reads on a long order, when asking about their data and after their data was erased', () => {
  let app: TestAppliance;
  let staff: Api;

  const { send } = chatCustomers(() => app, { profileName: 'Ana Souza' });
  const text = (value: string): ChatInboundContent => ({ kind: 'TEXT', text: value });
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });
  const said = (messages: ChatOutboundMessage[]) => messages.map((m) => (m.kind === 'TEXT' ? m.text : m.kind === 'BUTTONS' || m.kind === 'LIST' ? m.body : '')).join('\n');

  beforeAll(async () => {
    app = await startTestAppliance(chatStoreModules(), { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['business_day.manage', 'orders.read', 'chat.read', 'chat.reply', 'delivery.manage', 'customers.read'], 'MANAGER');
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('a long order\'s summary still shows the total and lets the customer confirm it', async () => {
    await send('c-long', text('oi'));
    await send('c-long', tap('consent:yes'));
    const dishes = ['coca', 'guarana', 'batata frita', 'x-bacon ao ponto', 'x-burger ao ponto', 'long neck', 'suco', 'brownie', 'pizza calabresa', 'pizza mussarela', 'pizza portuguesa'];
    await send('c-long', text(`quero ${dishes.map((dish) => `1 ${dish} sem cebola e sem tomate e bem caprichado por favor`).join(', ')}`));
    await send('c-long', tap('fulfilment:PICKUP'));
    const summary = await send('c-long', tap('pay:CARD'));

    // Every reply is one the platform takes as it is.
    for (const message of summary) expect(chatOutboundMessage.safeParse(message).success).toBe(true);
    const read = said(summary);
    expect(read).toContain('Pizza grande meio a meio (Portuguesa, sem cebola, sem tomate, bem caprichado) — R$ 52,90');
    expect(read).toContain('Total: R$ 273,90');
    expect(read).not.toContain('…');
    const confirm = summary.at(-1);
    expect(confirm?.kind === 'BUTTONS' ? confirm.buttons.map((b) => b.id) : []).toEqual(['confirm:yes', 'confirm:cancel']);
    expect(confirm?.kind === 'BUTTONS' ? confirm.body : '').toContain('R$ 273,90');

    await send('c-long', tap('confirm:yes'));
    const orderId = app.ctx.db.prepare('SELECT order_id FROM chat_orders').pluck().get() as string;
    expect((await staff.get(`/orders/${orderId}`)).body.data.totalCents).toBe(27390);
  });

  it('a customer asking to erase their data (LGPD) is handed to a person instead of being asked about the menu', async () => {
    await send('c-lgpd', text('oi'));
    await send('c-lgpd', tap('consent:yes'));
    const answer = await send('c-lgpd', text('quero apagar meus dados'));
    expect(said(answer)).toBe('Certo! Já chamei alguém da nossa equipe para falar com você. Aguarde um instante.');
    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { profileName: string; status: string; waitingSince: string | null }) => c.status === 'HANDED_OVER');
    expect(conversation?.waitingSince).not.toBeNull();
  });

  it('a customer whose data was erased and who orders again has their WhatsApp number on the new delivery', async () => {
    const order = async () => {
      await send('c-back', text('quero 2 batatas fritas'));
      await send('c-back', tap('consent:yes'));
      await send('c-back', tap('fulfilment:DELIVERY'));
      await send('c-back', text('Rua Fradique Coutinho, 321 - Pinheiros'));
      await send('c-back', tap('pay:CARD'));
      await send('c-back', tap('confirm:yes'));
      return app.ctx.db.prepare("SELECT o.order_id FROM chat_orders o JOIN chat_conversations c ON c.id = o.conversation_id WHERE c.contact_id = 'c-back' ORDER BY o.rowid DESC").pluck().get() as string;
    };
    const first = await order();
    const phone = (await staff.get(`/delivery/orders/${first}`)).body.data.destination.phone as string;
    expect(phone).toMatch(/^\+5511\d+$/);
    const customerId = app.ctx.db.prepare("SELECT customer_id FROM chat_conversations WHERE contact_id = 'c-back'").pluck().get() as string;
    await app.ctx.commands.run('test.erase', (tx) => forgetChatDataOfCustomer(tx, customerId), { actor: { type: 'system', id: 'test' } });

    const again = await order();
    expect(again).not.toBe(first);
    expect((await staff.get(`/delivery/orders/${again}`)).body.data.destination.phone).toBe(phone);
  });
});

describe('a name cut to fit a list row or button', () => {
  it('never keeps half of an emoji', () => {
    const title = clip('Pizza especial da casa🍕 grande', 24);
    expect(title).toBe('Pizza especial da casa…');
    expect(isSafeText(title)).toBe(true);
    expect(clip('Pizza especial da casa🍕 grande', 25)).toBe('Pizza especial da casa🍕…');
  });
});
