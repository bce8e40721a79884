import { afterAll, beforeAll, expect } from 'vitest';
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

/** A store taking chat orders: orders, customers, the cashier, payments (no PIX gateway), delivery and the chat. */
export const chatStoreModules = () => [
  ...orderModules().filter((m) => m !== workflowsModule),
  customersModule,
  cashierModule,
  createPaymentsModule({ pixGateways: [] }),
  deliveryModule,
  createChatModule({ menu: catalogChatMenu }),
  workflowsModule,
];

/** A WhatsApp number of one's own for each contact, the same every time it writes. */
const numberOf = (contactId: string) => `55119${String([...contactId].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) % 100_000_000, 7)).padStart(8, '0')}`;

/**
 * Chat customers writing to the store at Monday noon: `send` hands one message down as the relay
 * does and answers the bot's replies to it; `replies` are all a contact got.
 */
export function chatCustomers(appOf: () => TestAppliance, from: { profileName: string; userIdOf?: (contactId: string) => string }) {
  let cursor = 0;
  const now = NOON_MONDAY.now().toISOString();
  const replies = (contactId: string): ChatOutboundMessage[] =>
    (appOf().ctx.db.prepare("SELECT payload FROM journal WHERE type = 'chat.reply_queued' ORDER BY seq").pluck().all() as string[])
      .map((p) => JSON.parse(p) as { contactId: string; message: ChatOutboundMessage })
      .filter((r) => r.contactId === contactId)
      .map((r) => r.message);
  const send = async (contactId: string, content: ChatInboundContent): Promise<ChatOutboundMessage[]> => {
    const app = appOf();
    const before = replies(contactId).length;
    cursor += 1;
    const userId = (from.userIdOf ?? numberOf)(contactId);
    const payload = { messageId: `wamid.${contactId}.${cursor}`, channel: 'WHATSAPP', contactId, userId, profileName: from.profileName, sentAt: now, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: now };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
    return replies(contactId).slice(before);
  };
  return { replies, send };
}

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
  const customer = chatCustomers(() => store.app, { profileName: 'Lúcia Prado', userIdOf: () => phones.onWhatsApp });
  store.send = async (content) => {
    await customer.send(phones.contactId, content);
  };

  beforeAll(async () => {
    store.app = await startTestAppliance(chatStoreModules(), { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    store.staff = apiAs(store.app, ['orders.read', 'customers.read', 'customers.manage', 'customers.erase', 'chat.read'], 'MANAGER');
    const created = await store.staff.post('/customers', { name: 'Lúcia Prado', cpf: '529.982.247-25', phone: phones.atTheTill });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    store.customerId = created.body.data.id;
  });
  afterAll(() => store.app?.close());
  return store;
}
