import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatInboundContent } from '../../contract/chat.js';
import { CONVERSATION_RETENTION_DAYS } from '../chat/index.js';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createChatApplier } from './chat-conversation.js';
import { chatStoreModules } from './chat-test-support.js';
import { apiAs, type Api } from './test-support.js';

const DAY_MS = 86_400_000;
const MONDAY_NOON = Date.parse('2026-11-23T15:00:00.000Z');
const HELENA = { contactId: 'c-helena', phone: '5511987650123', profileName: 'Helena Vasconcelos' };
const OTAVIO = { contactId: 'c-otavio', phone: '5511912340987', profileName: 'Otávio Bastos' };
const STREET = 'Rua Fradique Coutinho, 321 - Pinheiros';

/**
 * A WhatsApp customer orders a delivery by chat: the store keeps their number, profile name, what
 * they wrote and where the order went, to deliver it and answer a complaint. The relay forgets
 * them a week after the customer's last message; the store forgets them too, a week after the
 * conversation's last message, at start and hourly, keeping the order it placed (id, payment, fee).
 * A customer who wrote since keeps everything; one who writes again gives the number again.
 */
describe('a chat conversation a week after its last message', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-chat-retention-'));
  let now = new Date(MONDAY_NOON);
  const clock: Clock = { now: () => new Date(now) };
  let app: TestAppliance;
  let staff: Api;
  let cursor = 0;
  const start = async () => {
    app = await startTestAppliance(chatStoreModules(), { clock, dataDir, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['business_day.manage', 'orders.read', 'customers.read', 'chat.read'], 'MANAGER');
  };
  const restartAt = async (daysAfterMonday: number) => {
    await app.close();
    now = new Date(MONDAY_NOON + daysAfterMonday * DAY_MS);
    await start();
  };
  const send = async (who: typeof HELENA, content: ChatInboundContent) => {
    cursor += 1;
    const payload = { messageId: `wamid.${who.contactId}.${cursor}`, channel: 'WHATSAPP', contactId: who.contactId, userId: who.phone, profileName: who.profileName, sentAt: now.toISOString(), content };
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'chat.message_received', payload, createdAt: now.toISOString() };
    const applier = createChatApplier(app.ctx);
    expect(await app.ctx.commands.run('test.downstream', (tx) => applier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } })).toBe('applied');
  };
  const tap = (replyId: string): ChatInboundContent => ({ kind: 'REPLY', replyId, title: replyId });
  const conversationOf = async (who: typeof HELENA) => {
    const id = app.ctx.db.prepare('SELECT id FROM chat_conversations WHERE contact_id = ?').pluck().get(who.contactId) as string;
    return (await staff.get(`/chat/conversations/${id}`)).body.data;
  };
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('forgets the number, name, messages and order address a week after the last message, keeping the order', async () => {
    await start();
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    await send(HELENA, { kind: 'TEXT', text: 'quero 2 batatas fritas' });
    await send(HELENA, tap('consent:yes'));
    await send(HELENA, tap('fulfilment:DELIVERY'));
    await send(HELENA, { kind: 'TEXT', text: STREET });
    await send(HELENA, tap('pay:CARD'));
    await send(HELENA, tap('confirm:yes'));
    const placed = (await conversationOf(HELENA)).orders[0];
    expect(placed).toMatchObject({ fulfilment: 'DELIVERY', paymentMethod: 'CARD', deliveryFeeCents: 700, deliveryAddress: { text: STREET } });

    // Otávio writes two days later: his week starts then.
    await restartAt(2);
    await send(OTAVIO, { kind: 'TEXT', text: 'vocês abrem domingo?' });

    // Within the week after Helena's last message: a restart (the start-up pass) forgets nothing.
    await restartAt(CONVERSATION_RETENTION_DAYS - 1);
    expect(await conversationOf(HELENA)).toMatchObject({ phone: HELENA.phone, profileName: HELENA.profileName });

    await restartAt(CONVERSATION_RETENTION_DAYS + 1);
    await expect.poll(async () => (await conversationOf(HELENA)).phone).toBe('');
    const helena = await conversationOf(HELENA);
    const shown = JSON.stringify(helena);
    for (const personal of [HELENA.phone, HELENA.profileName, 'batatas fritas', 'Fradique']) expect(shown).not.toContain(personal);
    expect(helena.messages.map((m: { text: string }) => m.text)).toEqual(helena.messages.map(() => ''));
    expect(helena.orders).toEqual([{ ...placed, deliveryAddress: null }]);
    expect((await staff.get(`/orders/${placed.orderId}`)).status).toBe(200);
    // Nothing of the person is left in the conversation's row either (its context held the address).
    const row = app.ctx.db.prepare('SELECT user_id, profile_name FROM chat_conversations WHERE contact_id = ?').get(HELENA.contactId);
    expect(row).toEqual({ user_id: '', profile_name: null });

    // Otávio wrote five days ago: he keeps everything.
    expect(await conversationOf(OTAVIO)).toMatchObject({ phone: OTAVIO.phone, profileName: OTAVIO.profileName, messages: expect.arrayContaining([expect.objectContaining({ text: 'vocês abrem domingo?' })]) });

    const forgotten = app.ctx.journal.readAfter(0).filter((e) => e.type === 'chat.conversations_forgotten');
    expect(forgotten.map((e) => e.payload)).toEqual([
      { conversations: 1, messages: helena.messages.length, orderAddresses: 1, lastMessageBefore: new Date(now.getTime() - CONVERSATION_RETENTION_DAYS * DAY_MS).toISOString() },
    ]);
    expect(JSON.stringify(forgotten)).not.toContain('Helena');
  });

  it('a customer writing again after being forgotten gives the number again, kept for a new week', async () => {
    await send(HELENA, { kind: 'TEXT', text: 'oi, de novo' });
    expect(await conversationOf(HELENA)).toMatchObject({ phone: HELENA.phone, profileName: HELENA.profileName });
    await restartAt(CONVERSATION_RETENTION_DAYS + 3);
    expect((await conversationOf(HELENA)).phone).toBe(HELENA.phone);
    await restartAt(2 * CONVERSATION_RETENTION_DAYS + 2);
    await expect.poll(async () => (await conversationOf(HELENA)).phone).toBe('');
    expect(JSON.stringify(await conversationOf(HELENA))).not.toContain('de novo');
  });
});
