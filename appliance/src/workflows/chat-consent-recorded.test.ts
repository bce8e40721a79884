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
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const NOW = NOON_MONDAY.now().toISOString();
/** What the chat asked, as the customer read it (the greeting by name aside). */
const ASKED = 'Para lembrar seu nome, telefone e endereço nos próximos pedidos, precisamos da sua autorização (LGPD). Você autoriza?';

/**
 * A customer says yes to the chat's personal-data question (LGPD art. 8: the store must be able to
 * prove the consent). Whether the chat creates their record or links the one the till registered
 * with their number, the record keeps the consent: on which channel, when, and the question they
 * answered. Their access request shows it; their deletion withdraws it.
 */
describe('the consent a chat customer gives', () => {
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;

  const send = async (userId: string, profileName: string, content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.cr.${cursor}`, channel: 'WHATSAPP', contactId: `c-${userId}`, userId, profileName, sentAt: NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };
  const consentOf = async (userId: string, profileName: string) => {
    await send(userId, profileName, { kind: 'TEXT', text: 'oi' });
    await send(userId, profileName, { kind: 'REPLY', replyId: 'consent:yes', title: 'Sim' });
    const conversation = (await staff.get('/chat/conversations')).body.data.find((c: { phone: string }) => c.phone === userId);
    expect(conversation).toMatchObject({ consent: 'GRANTED' });
    return conversation.customerId as string;
  };
  const exportOf = async (customerId: string, kind = 'ACCESS') => {
    const request = await staff.post(`/customers/${customerId}/data-requests`, { kind, channel: 'IN_STORE' });
    expect(request.status, JSON.stringify(request.body)).toBe(201);
    return request.body.data.export;
  };

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, fiscalModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'customers.read', 'customers.manage', 'customers.erase', 'chat.read'], 'MANAGER');
  });
  afterAll(() => app?.close());

  it('records the consent of a customer the chat registers, and the access export shows it', async () => {
    const customerId = await consentOf('5511987650123', 'Helena Vasconcelos');
    const { consents } = await exportOf(customerId);
    expect(consents).toEqual([{ purpose: 'PERSONAL_DATA', granted: true, source: 'WHATSAPP', recordedAt: NOW, recordedBy: expect.any(String), wording: expect.stringContaining(ASKED) }]);
    expect(consents[0].wording).not.toContain('Helena');
  });

  it('records it on the record the till registered with the same number', async () => {
    const registered = (await staff.post('/customers', { name: 'Otávio Prado', phone: '(11) 97777-1234' })).body.data.id as string;
    expect(await consentOf('5511977771234', 'Otávio')).toBe(registered);
    expect((await exportOf(registered)).consents).toMatchObject([{ purpose: 'PERSONAL_DATA', granted: true, source: 'WHATSAPP', recordedAt: NOW }]);
  });

  it('withdraws it when the customer has their data deleted', async () => {
    const customerId = await consentOf('5511966665555', 'Lia');
    const { consents } = await exportOf(customerId, 'DELETION');
    expect(consents).toMatchObject([
      { purpose: 'PERSONAL_DATA', granted: true, source: 'WHATSAPP' },
      { purpose: 'PERSONAL_DATA', granted: false, source: 'ANONYMIZATION' },
    ]);
  });
});
