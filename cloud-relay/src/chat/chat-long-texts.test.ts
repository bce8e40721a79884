import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { MetaGraphSimulator } from './meta-graph-simulator.js';
import { whatsappContent } from './meta-webhook-payloads.js';
import { META_WEBHOOK_PATH } from './routes.js';
import { splitText } from './graph-requests.js';

/**
 * Texts longer than a side takes. A customer's long WhatsApp message is cut to the contract's
 * 4,096 UTF-16 units at a whole character (half an emoji is a lone surrogate, which Postgres' jsonb
 * refuses). A reply longer than Messenger's 2,000 characters or Instagram's 1,000 bytes goes in
 * parts the platform takes, cut after a word.
 */
const APP_SECRET = 'meta-app-secret-0123456789';
const key = crypto.randomBytes(32);
let postgres: TestPostgres;
let relay: TestRelay;
const meta = new MetaGraphSimulator(APP_SECRET);

beforeAll(async () => {
  postgres = await startTestPostgres();
  await meta.start();
  relay = await startTestRelay(postgres, { marketplaces: { key }, chat: { appSecret: APP_SECRET, verifyToken: 'verifica', graphUrl: meta.graphUrl } });
});

afterAll(async () => {
  await relay?.close();
  await meta.close();
  await postgres?.stop();
});

describe('a very long WhatsApp message with emojis', () => {
  it('is accepted and reaches the store cut before the emoji it would split', async () => {
    const store = await relay.enrolledStore('WA-LONG');
    const accountId = String(100_000_000_000 + crypto.randomInt(1_000_000_000));
    const account = meta.addAccount('WHATSAPP', accountId);
    const saved = await relay.api('PUT', '/api/v1/chat-accounts', { token: await relay.adminToken(), body: { storeId: store.storeId, channel: 'WHATSAPP', platformAccountId: accountId, accessToken: account.accessToken } });
    expect(saved.status).toBe(200);

    // 4,095 characters, then emojis: the 4,096th UTF-16 unit is the first half of 🍕.
    const text = `quero ${'a'.repeat(4089)}🍕🍕🍕 e uma coca`;
    const { body } = meta.whatsapp(accountId, '5511987650099', 'Maria', whatsappContent.text(text));
    const delivered = await meta.deliver(`${relay.baseUrl}${META_WEBHOOK_PATH}`, body);
    expect(delivered.status).toBe(200);

    const answer = await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
    const [message] = answer.body.data.messages as { payload: { content: { text: string } } }[];
    expect(message.payload.content.text).toBe(`quero ${'a'.repeat(4089)}`);
  });
});

describe('a WhatsApp delivery with a message that is no well-formed text', () => {
  it('stores every message of the delivery, the broken character replaced', async () => {
    const store = await relay.enrolledStore('WA-BROKEN');
    const accountId = String(100_000_000_000 + crypto.randomInt(1_000_000_000));
    const account = meta.addAccount('WHATSAPP', accountId);
    expect((await relay.api('PUT', '/api/v1/chat-accounts', { token: await relay.adminToken(), body: { storeId: store.storeId, channel: 'WHATSAPP', platformAccountId: accountId, accessToken: account.accessToken } })).status).toBe(200);
    type Delivery = { entry: { changes: unknown[] }[] };
    const body = meta.whatsapp(accountId, '5511987650098', 'Maria', whatsappContent.text('uma pizza \ud83c')).body as Delivery;
    const second = meta.whatsapp(accountId, '5511987650097', 'João', whatsappContent.text('uma coca')).body as Delivery;
    body.entry[0].changes.push(...second.entry[0].changes);
    const delivered = await meta.deliver(`${relay.baseUrl}${META_WEBHOOK_PATH}`, body);
    expect(delivered.status).toBe(200);
    expect(delivered.body.data).toMatchObject({ received: 2, new: 2 });

    const answer = await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
    const texts = (answer.body.data.messages as { payload: { content: { text: string } } }[]).map((m) => m.payload.content.text);
    expect(texts.sort()).toEqual(['uma coca', 'uma pizza \ufffd']);
  });
});

describe('a long reply on Messenger', () => {
  it('reaches the customer whole, in parts Messenger accepts', async () => {
    const store = await relay.enrolledStore('FB-LONG');
    const accountId = String(100_000_000_000 + crypto.randomInt(1_000_000_000));
    const account = meta.addAccount('MESSENGER', accountId);
    expect((await relay.api('PUT', '/api/v1/chat-accounts', { token: await relay.adminToken(), body: { storeId: store.storeId, channel: 'MESSENGER', platformAccountId: accountId, accessToken: account.accessToken } })).status).toBe(200);
    const psid = '24012345678999';
    await meta.deliver(`${relay.baseUrl}${META_WEBHOOK_PATH}`, meta.messaging('MESSENGER', accountId, psid, 'oi').body);
    const downstream = async () => (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { type: string; payload: any }[];
    const [{ payload }] = await downstream();

    // A staff member's detailed answer: 2,500 characters, within the contract's 4,096.
    const text = `Oi! Aqui é a Ana. ${'Seu pedido está sendo preparado com todo o cuidado. '.repeat(48)}`.slice(0, 2500);
    const replyId = crypto.randomUUID();
    const event = { seq: 1, id: crypto.randomUUID(), type: 'chat.reply_queued', aggregateType: 'chat_conversation', aggregateId: payload.contactId, payload: { replyId, conversationId: payload.contactId, contactId: payload.contactId, channel: 'MESSENGER', message: { kind: 'TEXT', text } }, occurredAt: new Date().toISOString() };
    expect((await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events: [event] } })).status).toBe(200);

    const outcome = await waitUntil(
      'the reply sent or refused',
      async () => ({ sent: meta.sentTo(psid), failed: (await downstream()).filter((m) => m.type === 'chat.reply_failed') }),
      (o) => o.failed.length > 0 || o.sent.map((s) => s.body.message.text).join('').length >= text.length,
    );
    expect(outcome.failed.map((m) => m.payload.code)).toEqual([]);
    expect(outcome.sent.map((s) => s.body.message.text).join('')).toBe(text);
  });
});

describe('a text cut into parts', () => {
  it('cuts after the last space that fits, and a word longer than a part at a whole character', () => {
    const length = (char: string) => char.length;
    expect(splitText('um dois tres', 8, length)).toEqual(['um dois ', 'tres']);
    expect(splitText('🍕🍕🍕', 5, length)).toEqual(['🍕🍕', '🍕']);
    expect(splitText('curto', 2000, length)).toEqual(['curto']);
  });

  it('counts Instagram\'s limit in UTF-8 bytes', () => {
    const parts = splitText(`${'ação '.repeat(300)}`, 1000, (char) => Buffer.byteLength(char));
    expect(parts.join('')).toBe('ação '.repeat(300));
    expect(parts.every((part) => Buffer.byteLength(part) <= 1000)).toBe(true);
    expect(parts.every((part) => part.endsWith(' '))).toBe(true);
  });
});
