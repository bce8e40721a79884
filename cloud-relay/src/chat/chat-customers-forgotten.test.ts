/**
 * A chat customer's number, name and what they wrote are kept at the relay only as long as the
 * store keeps a marketplace customer (7 days after their last message): after that no relay table
 * holds them — not the contact, not the message as stored, not the message queued to the store, not
 * the reply sent nor the store's event asking for it — while a late redelivery of an old message is
 * still a duplicate. A customer who wrote recently keeps everything, and one writing again after
 * being forgotten is served as a new contact.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { CUSTOMER_DATA_RETENTION_DAYS } from '../marketplaces/customer-data-retention.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { rowsHolding as rowsHoldingIn } from '../testing/rows-holding.js';
import { forgetChatCustomers } from './chat-customer-retention.js';
import { MetaGraphSimulator } from './meta-graph-simulator.js';
import { whatsappContent } from './meta-webhook-payloads.js';
import { META_WEBHOOK_PATH } from './routes.js';

const APP_SECRET = 'meta-app-secret-retencao-0123';
let postgres: TestPostgres;
let relay: TestRelay;
const meta = new MetaGraphSimulator(APP_SECRET);

beforeAll(async () => {
  postgres = await startTestPostgres();
  await meta.start();
  relay = await startTestRelay(postgres, { marketplaces: { key: crypto.randomBytes(32) }, chat: { appSecret: APP_SECRET, verifyToken: 'verifica', graphUrl: meta.graphUrl } });
});

afterAll(async () => {
  await relay?.close();
  await meta.close();
  await postgres?.stop();
});

async function query<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await relay.database.pool.query(text, params)).rows as T[];
}

/** Rows of the relay's database that still hold `needle`. */
const rowsHolding = (needle: string) => rowsHoldingIn(relay.database.pool, needle);

describe('chat customers at the relay', () => {
  it(`are forgotten ${CUSTOMER_DATA_RETENTION_DAYS} days after their last message in every relay table; a late redelivery stays a duplicate`, async () => {
    const store = await relay.enrolledStore('CHAT-RETENCAO');
    const accountId = String(100_000_000_000 + crypto.randomInt(1_000_000_000));
    const account = meta.addAccount('WHATSAPP', accountId);
    const saved = await relay.api('PUT', '/api/v1/chat-accounts', { token: await relay.adminToken(), body: { storeId: store.storeId, channel: 'WHATSAPP', platformAccountId: accountId, accessToken: account.accessToken } });
    expect(saved.status).toBe(200);
    const webhookUrl = `${relay.baseUrl}${META_WEBHOOK_PATH}`;
    const customers = {
      old: { phone: '5511987659801', name: 'Josefina Esquecida', text: 'entrega na Rua dos Esquecidos, 77', reply: 'Obrigado, Josefina! Seu pedido vai para a Rua dos Esquecidos, 77.' },
      recent: { phone: '5511987659802', name: 'Benedita Recente', text: 'entrega na Rua do Pedido Novo, 12', reply: 'Obrigado, Benedita! Seu pedido vai para a Rua do Pedido Novo, 12.' },
    };
    const delivered: Record<string, { body: unknown; contactId: string }> = {};
    let seq = 0;
    for (const [when, customer] of Object.entries(customers)) {
      const { body } = meta.whatsapp(accountId, customer.phone, customer.name, whatsappContent.text(customer.text));
      expect((await meta.deliver(webhookUrl, body)).status).toBe(200);
      const messages = (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { payload: any }[];
      const contactId = messages.find((m) => m.payload.userId === customer.phone)!.payload.contactId;
      delivered[when] = { body, contactId };
      seq += 1;
      const replyId = crypto.randomUUID();
      const event = { seq, id: crypto.randomUUID(), type: 'chat.reply_queued', aggregateType: 'chat_conversation', aggregateId: contactId, payload: { replyId, conversationId: contactId, contactId, channel: 'WHATSAPP', message: { kind: 'TEXT', text: customer.reply } }, occurredAt: new Date().toISOString() };
      expect((await relay.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events: [event] } })).status).toBe(200);
      await waitUntil('the reply to be sent', async () => meta.sentTo(customer.phone), (sent) => sent.length === 1);
    }
    await waitUntil('both reply jobs to finish', () => query('SELECT count(*)::int AS n FROM relay.chat_jobs WHERE done_at IS NOT NULL'), (rows) => rows[0].n === 2);
    for (const needle of [customers.old.phone, customers.old.name, customers.old.text, customers.old.reply]) expect(await rowsHolding(needle), needle).not.toEqual([]);

    // The old customer last wrote 8 days ago.
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    const oldContact = delivered.old.contactId;
    await query('UPDATE relay.chat_contacts SET last_message_at = $2 WHERE id = $1', [oldContact, eightDaysAgo]);
    await query('UPDATE relay.chat_messages SET sent_at = $2, received_at = $2 WHERE contact_id = $1', [oldContact, eightDaysAgo]);
    await query("UPDATE relay.downstream_messages SET created_at = $2 WHERE payload->>'contactId' = $1", [oldContact, eightDaysAgo]);
    await query("UPDATE relay.chat_jobs SET created_at = $2 WHERE payload->>'contactId' = $1", [oldContact, eightDaysAgo]);
    await query("UPDATE relay.events SET received_at = $2 WHERE payload->>'contactId' = $1", [oldContact, eightDaysAgo]);

    const forgotten = await forgetChatCustomers(relay.database.db);
    expect(forgotten).toEqual({ contacts: 1, messages: 1, downstreamMessages: 1, replyJobs: 1, replyEvents: 1 });
    for (const needle of [customers.old.phone, customers.old.name, customers.old.text, customers.old.reply, 'Josefina']) expect(await rowsHolding(needle), needle).toEqual([]);
    for (const needle of [customers.recent.phone, customers.recent.name, customers.recent.text, customers.recent.reply]) expect(await rowsHolding(needle), needle).not.toEqual([]);
    expect(await forgetChatCustomers(relay.database.db)).toEqual({ contacts: 0, messages: 0, downstreamMessages: 0, replyJobs: 0, replyEvents: 0 });

    // Meta delivering the old message again is still a duplicate: nothing reaches the store again.
    expect((await meta.deliver(webhookUrl, delivered.old.body)).body.data).toMatchObject({ new: 0, duplicates: 1 });

    // The forgotten customer writes again: a new contact, with their number, served as anyone else.
    const { body } = meta.whatsapp(accountId, customers.old.phone, customers.old.name, whatsappContent.text('oi de novo'));
    expect((await meta.deliver(webhookUrl, body)).body.data).toMatchObject({ new: 1, duplicates: 0 });
    const messages = (await relay.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential })).body.data.messages as { payload: any }[];
    const again = messages.find((m) => m.payload.content?.text === 'oi de novo')!.payload;
    expect(again).toMatchObject({ userId: customers.old.phone, profileName: customers.old.name });
    expect(again.contactId).not.toBe(oldContact);
  });
});
