import { afterAll, beforeAll, expect } from 'vitest';
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

export interface StoreWithWhatsAppCustomer {
  app: TestAppliance;
  /** A manager reading and managing customers and chats. */
  staff: Api;
  /** Lúcia Prado, registered at the till with the phone given. */
  customerId: string;
  /** A WhatsApp message from Lúcia's account, as the relay hands it down. */
  send(content: ChatInboundContent): Promise<void>;
}

/**
 * A demo store (orders, customers, chat) at Monday noon where Lúcia Prado was registered at the
 * till with `atTheTill`, and writes on WhatsApp from the account `onWhatsApp` names: the phone
 * suites check the two are one person. Hooks registered in the calling `describe`.
 */
export function useStoreWithWhatsAppCustomer(phones: { atTheTill: string; onWhatsApp: string; contactId: string }): StoreWithWhatsAppCustomer {
  const store = {} as StoreWithWhatsAppCustomer;
  const now = NOON_MONDAY.now().toISOString();
  let cursor = 0;
  store.send = async (content) => {
    cursor += 1;
    const payload = { messageId: `wamid.${phones.contactId}.${cursor}`, channel: 'WHATSAPP', contactId: phones.contactId, userId: phones.onWhatsApp, profileName: 'Lúcia Prado', sentAt: now, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: now };
    const applier = createChatApplier(store.app.ctx);
    expect(await store.app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    store.app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    store.staff = apiAs(store.app, ['orders.read', 'customers.read', 'customers.manage', 'customers.erase', 'chat.read'], 'MANAGER');
    const created = await store.staff.post('/customers', { name: 'Lúcia Prado', cpf: '529.982.247-25', phone: phones.atTheTill });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    store.customerId = created.body.data.id;
  });
  afterAll(() => store.app?.close());
  return store;
}
