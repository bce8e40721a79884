import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent } from '../../contract/chat.js';
import { cashierModule } from '../cashier/index.js';
import { createChatModule } from '../chat/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { catalogChatMenu } from './chat-menu.js';
import { createChatApplier } from './chat-conversation.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api, eachBackup, accessThenDelete } from './test-support.js';

const NOW = NOON_MONDAY.now().toISOString();
const PHONE = '5511987650123';
const PROFILE = 'Helena Vasconcelos';
const STREET = 'Rua Fradique Coutinho, 321 - Pinheiros';

/**
 * A WhatsApp customer consents, so the bot links the conversation to a customer record (docs:
 * "With consent the conversation is linked to a customer record"). They order for delivery, then
 * ask the store for their data (ACCESS) and for deletion (DELETION). The conversation holds their
 * number, profile name, every message and the delivery address: the export includes them and the
 * deletion leaves none of them (nor the consent) behind.
 */
describe('chat data of a customer who asked for access and deletion', () => {
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;
  let customerId: string;
  let conversationId: string;
  let exported: any;

  const send = async (content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.rv.${cursor}`, channel: 'WHATSAPP', contactId: 'c-helena', userId: PHONE, profileName: PROFILE, sentAt: NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, fiscalModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['business_day.manage', 'orders.read', 'customers.read', 'customers.manage', 'customers.erase', 'chat.read', 'backups.manage'], 'MANAGER');
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);

    await send({ kind: 'TEXT', text: 'quero 2 batatas fritas' });
    await send(tap('consent:yes'));
    await send(tap('fulfilment:DELIVERY'));
    await send({ kind: 'TEXT', text: STREET });
    await send(tap('pay:CARD'));
    await send(tap('confirm:yes'));

    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === PHONE);
    expect(conversation).toMatchObject({ consent: 'GRANTED', profileName: PROFILE });
    customerId = conversation.customerId;
    conversationId = conversation.id;
    expect(customerId).toBeTruthy();
    expect(app.ctx.db.prepare('SELECT count(*) FROM chat_orders WHERE conversation_id = ?').pluck().get(conversationId)).toBe(1);

    expect((await staff.post('/backups')).status).toBe(201);
    const requests = await accessThenDelete(staff, customerId);
    exported = requests.exported;
    expect(requests.afterDeletion.customer).toMatchObject({ name: 'Cliente anonimizado', phone: null });
  });
  afterAll(() => app?.close());

  it('the ACCESS export includes the chat conversation: the messages the customer wrote and where their chat order went', () => {
    const text = JSON.stringify(exported);
    expect(text).toContain('quero 2 batatas fritas');
    expect(text).toContain(STREET);
  });

  it('after DELETION the linked chat conversation no longer shows the customer\'s number, profile name or messages', async () => {
    const detail = (await staff.get(`/chat/conversations/${conversationId}`)).body.data;
    const text = JSON.stringify(detail);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(PROFILE);
    expect(text).not.toContain('Fradique Coutinho');
  });

  it('after DELETION the backups keep no message, number, name or order address of the conversation either', () => {
    eachBackup(app, (backup) => {
      expect(backup.prepare('SELECT user_id, profile_name, customer_id, consent FROM chat_conversations WHERE id = ?').get(conversationId)).toEqual({ user_id: '', profile_name: null, customer_id: null, consent: null });
      expect(new Set(backup.prepare('SELECT body FROM chat_messages WHERE conversation_id = ?').pluck().all(conversationId))).toEqual(new Set(['{}']));
      expect(backup.prepare('SELECT delivery_address FROM chat_orders WHERE conversation_id = ?').pluck().all(conversationId)).toEqual([null]);
    });
  });

  it('after DELETION the chat conversation is no longer linked to the erased customer with consent GRANTED', async () => {
    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { id: string }) => c.id === conversationId);
    expect(conversation?.consent).not.toBe('GRANTED');
    expect(conversation?.customerId ?? null).toBeNull();
  });
});
