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
import { NOON_MONDAY, orderModules } from './test-support.js';

const NOW = NOON_MONDAY.now().toISOString();

/**
 * docs/security.md (Chat replies): "Everything the customer wrote stays sealed at the store
 * (`chat_messages.body`), never in the journal", which the relay replicates to the cloud. The bot's
 * "not on the menu" reply counts what it did not find; it never quotes it in `chat.reply_queued`.
 */
describe('what a chat customer wrote never reaches the journal', () => {
  let app: TestAppliance;
  let cursor = 0;
  const send = async (content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.j.${cursor}`, channel: 'WHATSAPP', contactId: 'c-journal', userId: '5511944443333', profileName: 'Cli', sentAt: NOW, content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: NOW };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, createChatModule({ menu: catalogChatMenu }), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    await send({ kind: 'TEXT', text: 'oi' });
    await send({ kind: 'REPLY', replyId: 'consent:no', title: 'Não autorizo' });
  });
  afterAll(() => app?.close());

  it('an order message that also names the recipient and the flat does not put them in chat.reply_queued', async () => {
    await send({ kind: 'TEXT', text: 'quero 1 coca, entregar para Helena Vasconcelos apto 42' });
    const replies = app.ctx.db.prepare("SELECT group_concat(payload, '\n') FROM journal WHERE type = 'chat.reply_queued'").pluck().get() as string;
    expect(replies).not.toContain('Vasconcelos');
    expect(replies).not.toContain('apto 42');
  });
});
