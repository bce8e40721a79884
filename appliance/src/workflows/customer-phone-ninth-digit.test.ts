import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent } from '../../contract/chat.js';
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

const NOW = NOON_MONDAY.now().toISOString();
/** A São Paulo mobile as the customer gives it at the till: DDD 11, nine digits starting with 9. */
const AT_THE_TILL = '(11) 98765-0123';
/**
 * The same number as WhatsApp names an account registered before Brazil's mobiles took their ninth
 * digit (2012–2016): country code, DDD and the old eight digits, without the 9.
 */
const ON_WHATSAPP = '551187650123';

/**
 * Brazilian mobile numbers gained a leading 9 (Anatel, 2012–2016), but WhatsApp still identifies
 * many older accounts by the eight-digit number: the message of a customer the till knows as
 * (11) 98765-0123 comes from 55 11 8765-0123. Both are one phone: a cashier who types the number
 * as the customer reads it from an old contact card finds them, and the customer consenting on
 * WhatsApp is recognised as the registered customer, not recorded a second time (a second record
 * an access request at the till would leave out and a deletion would leave in place, LGPD art. 18).
 */
describe('one mobile number, with and without its ninth digit', () => {
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;
  let customerId: string;

  const send = async (content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.nd.${cursor}`, channel: 'WHATSAPP', contactId: 'c-lucia-9', userId: ON_WHATSAPP, profileName: 'Lúcia Prado', sentAt: NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'customers.read', 'customers.manage', 'customers.erase', 'chat.read'], 'MANAGER');
    const created = await staff.post('/customers', { name: 'Lúcia Prado', cpf: '529.982.247-25', phone: AT_THE_TILL });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    customerId = created.body.data.id;
  });
  afterAll(() => app?.close());

  it('finds the customer by the number written without the ninth digit', async () => {
    for (const q of ['(11) 8765-0123', '+55 11 8765-0123']) {
      const found = await staff.get(`/customers?q=${encodeURIComponent(q)}`);
      expect(found.body.data.map((c: { id: string }) => c.id), q).toEqual([customerId]);
    }
  });

  it('keeps a landline (first digit 2 to 5) as it is: no 9 is added to it', async () => {
    const landline = await staff.post('/customers', { name: 'Padaria Central', phone: '(11) 3456-7890' });
    expect(landline.status).toBe(201);
    const found = await staff.get(`/customers?q=${encodeURIComponent('1134567890')}`);
    expect(found.body.data.map((c: { id: string }) => c.id)).toEqual([landline.body.data.id]);
    expect((await staff.get(`/customers?q=${encodeURIComponent('11934567890')}`)).body.data).toEqual([]);
  });

  it('links the WhatsApp conversation of the eight-digit account to the customer registered at the till', async () => {
    await send({ kind: 'TEXT', text: 'oi, qual o cardápio?' });
    await send({ kind: 'REPLY', replyId: 'consent:yes', title: 'Sim' });
    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === ON_WHATSAPP);
    expect(conversation?.consent).toBe('GRANTED');
    expect(conversation.customerId, 'a second customer record was made for the same phone').toBe(customerId);
  });
});
