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
/** The same mobile number: as typed at the till (DDD + number, as docs and the POS use it) and as WhatsApp sends it (country code 55). */
const AT_THE_TILL = '11987650123';
const ON_WHATSAPP = '5511987650123';

/**
 * Phone numbers are "looked up by their digits, however they were typed" (customers/customer.ts),
 * and the raw digits of +55 11 98765-0123 are not those of (11) 98765-0123: were the country code
 * kept in the blind index, one would never match the other. Then:
 * - a customer registered at the till would not be found when staff type the number as WhatsApp shows it;
 * - the same person consenting on WhatsApp would not be recognised (chat-consent: "the one with this
 *   WhatsApp number, else a new one"): a second customer record would be created with their phone
 *   and WhatsApp name, and their chat linked to it;
 * - when they ask the store, at the till, for their data and its deletion, the request would reach
 *   only the record staff found: the export would leave out the conversation and the second record,
 *   and the deletion leave it in place, phone, name and conversation, readable and searchable (LGPD art. 18).
 */
describe('one person, one phone number, with and without the country code', () => {
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;
  let customerId: string;

  const send = async (content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.cc.${cursor}`, channel: 'WHATSAPP', contactId: 'c-lucia', userId: ON_WHATSAPP, profileName: 'Lúcia Prado', sentAt: NOW, content };
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

  it('finds the customer registered at the till by the number typed with +55', async () => {
    const found = await staff.get(`/customers?q=${encodeURIComponent('+55 11 98765-0123')}`);
    expect(found.status).toBe(200);
    expect(found.body.data.map((c: { id: string }) => c.id)).toEqual([customerId]);
  });

  it('links the WhatsApp conversation of the same number to that customer, and erases it with them', async () => {
    await send({ kind: 'TEXT', text: 'oi, qual o cardápio?' });
    await send({ kind: 'REPLY', replyId: 'consent:yes', title: 'Sim' });
    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === ON_WHATSAPP);
    expect(conversation?.consent).toBe('GRANTED');
    const records = app.ctx.db.prepare('SELECT id, name FROM customers ORDER BY created_at, id').all();
    expect(records, 'a second customer record was made for the same phone number').toHaveLength(1);
    expect(conversation.customerId).toBe(customerId);

    // The person asks, at the till, for their data and then its deletion.
    const access = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'ACCESS' });
    expect(access.body.data.export.chat, 'the export leaves out their WhatsApp conversation').toHaveLength(1);
    expect((await staff.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION' })).status).toBe(201);
    const stillThere = await staff.get(`/customers?q=${ON_WHATSAPP}`);
    expect(stillThere.body.data, 'a customer record with their phone survives the deletion').toEqual([]);
  });
});
