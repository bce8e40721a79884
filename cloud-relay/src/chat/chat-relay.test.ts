import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatMessageReceivedSchema, type ChatOutboundMessage } from '../../../appliance/contract/index.js';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { readQrPng } from '../testing/read-qr.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { MetaGraphSimulator } from './meta-graph-simulator.js';
import { messagingWebhook, whatsappContent, whatsappStatusWebhook } from './meta-webhook-payloads.js';
import { META_WEBHOOK_PATH } from './routes.js';

/**
 * WhatsApp, Messenger and Instagram through the relay against the Meta simulator, the store played
 * through the store API: the callback handshake, signatures checked before parsing, each message
 * routed by its account and delivered downstream once, replies journaled by the store sent once and
 * in order, the 24-hour window, retries, and a restart in between.
 */
const APP_SECRET = 'meta-app-secret-0123456789';
const VERIFY_TOKEN = 'verifica-chefia';
const key = crypto.randomBytes(32);
let postgres: TestPostgres;
let relay: TestRelay;
const meta = new MetaGraphSimulator(APP_SECRET);

beforeAll(async () => {
  postgres = await startTestPostgres();
  await meta.start();
  relay = await startTestRelay(postgres, { marketplaces: { key }, chat: { appSecret: APP_SECRET, verifyToken: VERIFY_TOKEN, graphUrl: meta.graphUrl } });
});

afterAll(async () => {
  await relay?.close();
  await meta.close();
  await postgres?.stop();
});

const webhookUrl = () => `${relay.baseUrl}${META_WEBHOOK_PATH}`;

/** A store with one account on `channel`; its downstream and journal as the appliance would use them. */
async function storeOn(code: string, channel: 'WHATSAPP' | 'MESSENGER' | 'INSTAGRAM', on: TestRelay = relay) {
  const store = await on.enrolledStore(code);
  const accountId = String(100_000_000_000 + crypto.randomInt(1_000_000_000));
  const account = meta.addAccount(channel, accountId);
  const saved = await on.api('PUT', '/api/v1/chat-accounts', { token: await on.adminToken(), body: { storeId: store.storeId, channel, platformAccountId: accountId, accessToken: account.accessToken } });
  expect(saved.status).toBe(200);
  let seq = 0;
  return {
    storeId: store.storeId,
    accountId,
    async messages(target: TestRelay = on) {
      const answer = await target.api('GET', `/api/v1/stores/${store.storeId}/downstream?after=0`, { token: store.credential });
      return answer.body.data.messages as { type: string; payload: any }[];
    },
    async reply(contactId: string, message: ChatOutboundMessage, replyId: string = crypto.randomUUID(), target: TestRelay = on) {
      seq += 1;
      const event = { seq, id: crypto.randomUUID(), type: 'chat.reply_queued', aggregateType: 'chat_conversation', aggregateId: contactId, payload: { replyId, conversationId: contactId, contactId, channel, message }, occurredAt: new Date().toISOString() };
      expect((await target.api('POST', `/api/v1/stores/${store.storeId}/events`, { token: store.credential, body: { events: [event] } })).status).toBe(200);
      return replyId;
    },
  };
}

const countStored = async () => (await relay.database.pool.query('SELECT count(*)::int AS n FROM relay.chat_messages')).rows[0].n as number;

describe('Meta webhook', () => {
  it('answers the verification handshake only with the verify token', async () => {
    const ok = await fetch(`${webhookUrl()}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
    const wrong = await fetch(`${webhookUrl()}?hub.mode=subscribe&hub.verify_token=outro&hub.challenge=1158201444`);
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).error.code).toBe('WEBHOOK_VERIFICATION_FAILED');
  });

  it('refuses a bad signature with 401 and stores nothing; a duplicate delivery reaches the store once', async () => {
    const store = await storeOn('WA-1', 'WHATSAPP');
    const { messageId, body } = meta.whatsapp(store.accountId, '5511987650001', 'Maria Souza', whatsappContent.text('quero 2 x-bacon ao ponto e uma coca'));
    const before = await countStored();
    const forged = await meta.deliver(webhookUrl(), body, 'segredo-errado');
    expect([forged.status, forged.body.error.code]).toEqual([401, 'INVALID_SIGNATURE']);
    expect(await countStored()).toBe(before);
    expect((await meta.deliver(webhookUrl(), body)).body.data).toEqual({ received: 1, new: 1, duplicates: 0, unrouted: 0 });
    expect((await meta.deliver(webhookUrl(), body)).body.data).toEqual({ received: 1, new: 0, duplicates: 1, unrouted: 0 });
    const messages = await store.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0].type).toBe('chat.message_received');
    const received = chatMessageReceivedSchema.parse(messages[0].payload);
    expect(received).toMatchObject({ messageId, channel: 'WHATSAPP', userId: '5511987650001', profileName: 'Maria Souza', content: { kind: 'TEXT', text: 'quero 2 x-bacon ao ponto e uma coca' } });
  });

  it('reads list and button replies, locations and catalog orders; one contact per customer; statuses and unknown numbers are dropped', async () => {
    const store = await storeOn('WA-2', 'WHATSAPP');
    const from = '5511987650002';
    for (const content of [
      whatsappContent.listReply('cat-lanches', 'Lanches'),
      whatsappContent.buttonReply('confirmar', 'Confirmar'),
      whatsappContent.location(-23.5614, -46.6559, 'Casa', 'Av. Paulista, 1000'),
      whatsappContent.order('cat-1', [{ retailerId: 'XBACON', quantity: 2, price: 32.9 }]),
    ]) {
      expect((await meta.deliver(webhookUrl(), meta.whatsapp(store.accountId, from, 'João', content).body)).status).toBe(200);
    }
    expect((await meta.deliver(webhookUrl(), whatsappStatusWebhook(store.accountId, from, meta.now()))).body.data.received).toBe(0);
    const stranger = await meta.deliver(webhookUrl(), meta.whatsapp('999000111', from, 'João', whatsappContent.text('oi')).body);
    expect([stranger.status, stranger.body.data.unrouted]).toEqual([200, 1]);
    const payloads = (await store.messages()).map((m) => m.payload);
    expect(payloads.map((p) => p.content)).toEqual([
      { kind: 'REPLY', replyId: 'cat-lanches', title: 'Lanches' },
      { kind: 'REPLY', replyId: 'confirmar', title: 'Confirmar' },
      { kind: 'LOCATION', latitude: -23.5614, longitude: -46.6559, name: 'Casa', address: 'Av. Paulista, 1000' },
      { kind: 'CART', items: [{ retailerId: 'XBACON', quantity: 2, unitPriceCents: 3290 }] },
    ]);
    expect(new Set(payloads.map((p) => p.contactId)).size).toBe(1);
  });

  it('routes Messenger and Instagram by page and account id; quick replies are replies, echoes are skipped', async () => {
    const messenger = await storeOn('FB-1', 'MESSENGER');
    const instagram = await storeOn('IG-1', 'INSTAGRAM');
    await meta.deliver(webhookUrl(), meta.messaging('MESSENGER', messenger.accountId, '24012345678901', 'cardápio').body);
    await meta.deliver(webhookUrl(), meta.messaging('INSTAGRAM', instagram.accountId, '17841400000001', 'Pizzas', 'cat-pizzas').body);
    const echo = await meta.deliver(webhookUrl(), messagingWebhook('page', messenger.accountId, '24012345678901', meta.now(), { text: 'Olá!', isEcho: true }).body);
    expect(echo.body.data.received).toBe(0);
    expect((await messenger.messages()).map((m) => [m.payload.channel, m.payload.content])).toEqual([['MESSENGER', { kind: 'TEXT', text: 'cardápio' }]]);
    expect((await instagram.messages()).map((m) => [m.payload.channel, m.payload.content])).toEqual([['INSTAGRAM', { kind: 'REPLY', replyId: 'cat-pizzas', title: 'Pizzas' }]]);
  });
});

describe('replies', () => {
  it('sends each reply once, in the order journaled, as WhatsApp text, list and buttons; Messenger gets quick replies', async () => {
    const store = await storeOn('WA-3', 'WHATSAPP');
    const from = '5511987650003';
    await meta.deliver(webhookUrl(), meta.whatsapp(store.accountId, from, 'Ana', whatsappContent.text('oi')).body);
    const [{ payload }] = await store.messages();
    const text = await store.reply(payload.contactId, { kind: 'TEXT', text: 'Olá, Ana!' });
    await store.reply(payload.contactId, { kind: 'TEXT', text: 'Olá, Ana!' }, text);
    await store.reply(payload.contactId, { kind: 'LIST', body: 'Nosso cardápio', button: 'Ver categorias', sections: [{ title: 'Categorias', rows: [{ id: 'cat-lanches', title: 'Lanches', description: null }, { id: 'cat-bebidas', title: 'Bebidas', description: 'Refrigerantes e sucos' }] }] });
    await store.reply(payload.contactId, { kind: 'BUTTONS', body: 'Confirma o pedido?', buttons: [{ id: 'sim', title: 'Sim' }, { id: 'nao', title: 'Não' }] });
    const sent = await waitUntil('three sends', async () => meta.sentTo(from), (s) => s.length >= 3);
    expect(sent.map((s) => s.body.type === 'interactive' ? s.body.interactive.type : s.body.type)).toEqual(['text', 'list', 'button']);
    expect(sent[1].body.interactive.action.sections[0].rows[1]).toEqual({ id: 'cat-bebidas', title: 'Bebidas', description: 'Refrigerantes e sucos' });

    const messenger = await storeOn('FB-2', 'MESSENGER');
    await meta.deliver(webhookUrl(), meta.messaging('MESSENGER', messenger.accountId, '24012345678902', 'menu').body);
    const [first] = await messenger.messages();
    await messenger.reply(first.payload.contactId, { kind: 'BUTTONS', body: 'Entrega ou retirada?', buttons: [{ id: 'entrega', title: 'Entrega' }, { id: 'retirada', title: 'Retirada' }] });
    const [quick] = await waitUntil('the Messenger send', async () => meta.sentTo('24012345678902'), (s) => s.length === 1);
    expect(quick.body.message).toEqual({ text: 'Entrega ou retirada?', quick_replies: [{ content_type: 'text', title: 'Entrega', payload: 'entrega' }, { content_type: 'text', title: 'Retirada', payload: 'retirada' }] });
    await waitUntil('no send waiting', async () => meta.sentTo(from).length, (n) => n === 3);
    expect(meta.sentTo(from)).toHaveLength(3);
  });

  it('sends a QR code as an image: uploaded WhatsApp media named by an image message with its caption, a Messenger attachment; Instagram refuses it', async () => {
    const pix = '00020101021226820014br.gov.bcb.pix2560pix.example.com/qr/v2/cobv/9d36b84f-c70b-478f-b95c-12729b90ca255204000053039865406105.825802BR5913CHEFIA DEMO6009SAO PAULO62070503***6304ABCD';
    const store = await storeOn('WA-7', 'WHATSAPP');
    const from = '5511987650007';
    await meta.deliver(webhookUrl(), meta.whatsapp(store.accountId, from, 'Eva', whatsappContent.text('oi')).body);
    const [{ payload }] = await store.messages();
    await store.reply(payload.contactId, { kind: 'QR_IMAGE', data: pix, caption: 'Leia este QR Code no app do seu banco.' });
    const [image] = await waitUntil('the WhatsApp image', async () => meta.sentTo(from), (s) => s.length === 1);
    expect(image.body).toMatchObject({ messaging_product: 'whatsapp', to: from, type: 'image', image: { id: expect.any(String), caption: 'Leia este QR Code no app do seu banco.' } });
    expect(image.image?.type).toBe('image/png');
    expect(readQrPng(image.image!.bytes)).toBe(pix);
    expect(image.image!.bytes.length).toBeLessThan(20_000);

    const messenger = await storeOn('FB-3', 'MESSENGER');
    await meta.deliver(webhookUrl(), meta.messaging('MESSENGER', messenger.accountId, '24012345678903', 'oi').body);
    const [first] = await messenger.messages();
    await messenger.reply(first.payload.contactId, { kind: 'QR_IMAGE', data: pix, caption: 'Leia este QR Code.' });
    const [attachment] = await waitUntil('the Messenger image', async () => meta.sentTo('24012345678903'), (s) => s.length === 1);
    expect(attachment.body).toEqual({ recipient: { id: '24012345678903' }, messaging_type: 'RESPONSE', message: { attachment: { type: 'image', payload: { is_reusable: false } } } });
    expect(readQrPng(attachment.image!.bytes)).toBe(pix);

    const instagram = await storeOn('IG-2', 'INSTAGRAM');
    await meta.deliver(webhookUrl(), meta.messaging('INSTAGRAM', instagram.accountId, '17841400000002', 'oi').body);
    const [hello] = await instagram.messages();
    const refused = await instagram.reply(hello.payload.contactId, { kind: 'QR_IMAGE', data: pix, caption: null });
    const failed = await waitUntil('the refusal for the store', () => instagram.messages(), (m) => m.some((x) => x.type === 'chat.reply_failed'));
    expect(failed.find((m) => m.type === 'chat.reply_failed')!.payload).toMatchObject({ replyId: refused, code: 'IMAGE_NOT_SUPPORTED' });
    expect(meta.sentTo('17841400000002')).toEqual([]);
  });

  it('outside the 24-hour window a free-form reply comes back to the store as chat.reply_failed 131047; a template is sent', async () => {
    const store = await storeOn('WA-4', 'WHATSAPP');
    const from = '5511987650004';
    await meta.deliver(webhookUrl(), meta.whatsapp(store.accountId, from, 'Carla', whatsappContent.text('oi')).body);
    const [{ payload }] = await store.messages();
    meta.advanceClock(25 * 60 * 60_000);
    try {
      const refused = await store.reply(payload.contactId, { kind: 'TEXT', text: 'Seu pedido saiu para entrega.' });
      await store.reply(payload.contactId, { kind: 'TEMPLATE', name: 'pedido_saiu_para_entrega', language: 'pt_BR', parameters: ['Carla', '1042'] });
      const failed = await waitUntil('the refusal for the store', () => store.messages(), (m) => m.some((x) => x.type === 'chat.reply_failed'));
      expect(failed.find((m) => m.type === 'chat.reply_failed')!.payload).toMatchObject({ replyId: refused, contactId: payload.contactId, code: '131047' });
      const [template] = await waitUntil('the template', async () => meta.sentTo(from), (s) => s.length === 1);
      expect(template.body.template).toEqual({ name: 'pedido_saiu_para_entrega', language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Carla' }, { type: 'text', text: '1042' }] }] });
      expect(meta.refusals.filter((r) => r.to === from).map((r) => r.code)).toEqual([131047]);
    } finally {
      meta.advanceClock(-25 * 60 * 60_000);
    }
  });

  it('outside the window Messenger takes an order update under POST_PURCHASE_UPDATE and a person\'s reply under HUMAN_AGENT for 7 days; untagged text is refused', async () => {
    const messenger = await storeOn('FB-4', 'MESSENGER');
    const instagram = await storeOn('IG-3', 'INSTAGRAM');
    const psid = '24012345678904';
    const igsid = '17841400000004';
    await meta.deliver(webhookUrl(), meta.messaging('MESSENGER', messenger.accountId, psid, 'oi').body);
    await meta.deliver(webhookUrl(), meta.messaging('INSTAGRAM', instagram.accountId, igsid, 'oi').body);
    const [fb] = await messenger.messages();
    const [ig] = await instagram.messages();
    meta.advanceClock(2 * 24 * 60 * 60_000);
    try {
      const untagged = await messenger.reply(fb.payload.contactId, { kind: 'TEXT', text: 'Seu pedido saiu para entrega!' });
      await messenger.reply(fb.payload.contactId, { kind: 'TEXT', text: 'Seu pedido nº 12 saiu para entrega!', tag: 'POST_PURCHASE_UPDATE' });
      await messenger.reply(fb.payload.contactId, { kind: 'TEXT', text: 'Oi! Aqui é a Ana.', tag: 'HUMAN_AGENT' });
      const wrongTag = await instagram.reply(ig.payload.contactId, { kind: 'TEXT', text: 'Seu pedido saiu!', tag: 'POST_PURCHASE_UPDATE' });
      await instagram.reply(ig.payload.contactId, { kind: 'TEXT', text: 'Oi! Aqui é a Ana.', tag: 'HUMAN_AGENT' });
      const sent = await waitUntil('the tagged sends', async () => [...meta.sentTo(psid), ...meta.sentTo(igsid)], (s) => s.length === 3);
      expect(sent.map((s) => [s.channel, s.body.messaging_type, s.body.tag, s.body.message.text])).toEqual([
        ['MESSENGER', 'MESSAGE_TAG', 'POST_PURCHASE_UPDATE', 'Seu pedido nº 12 saiu para entrega!'],
        ['MESSENGER', 'MESSAGE_TAG', 'HUMAN_AGENT', 'Oi! Aqui é a Ana.'],
        ['INSTAGRAM', 'MESSAGE_TAG', 'HUMAN_AGENT', 'Oi! Aqui é a Ana.'],
      ]);
      const failed = async (store: typeof messenger) => (await store.messages()).filter((m) => m.type === 'chat.reply_failed').map((m) => [m.payload.replyId, m.payload.code]);
      expect(await waitUntil('the refusals', () => failed(messenger), (f) => f.length === 1)).toEqual([[untagged, '10']]);
      expect(await waitUntil('the Instagram refusal', () => failed(instagram), (f) => f.length === 1)).toEqual([[wrongTag, '100']]);
      // A week on, not even a person may write.
      meta.advanceClock(6 * 24 * 60 * 60_000);
      const late = await messenger.reply(fb.payload.contactId, { kind: 'TEXT', text: 'Ainda está aí?', tag: 'HUMAN_AGENT' });
      expect(await waitUntil('the late refusal', () => failed(messenger), (f) => f.length === 2)).toContainEqual([late, '10']);
    } finally {
      meta.advanceClock(-8 * 24 * 60 * 60_000);
    }
  });

  it('a failure WhatsApp reports later in a status reaches the store once as chat.reply_failed', async () => {
    const store = await storeOn('WA-6', 'WHATSAPP');
    const from = '5511987650006';
    await meta.deliver(webhookUrl(), meta.whatsapp(store.accountId, from, 'Davi', whatsappContent.text('oi')).body);
    const [{ payload }] = await store.messages();
    const replyId = await store.reply(payload.contactId, { kind: 'TEXT', text: 'Olá, Davi!' });
    const [sent] = await waitUntil('the send', async () => meta.sentTo(from), (s) => s.length === 1);
    // The relay records the accepted message id just after the Graph API answers.
    await waitUntil('the send recorded', async () => (await relay.database.pool.query('SELECT 1 FROM relay.chat_sent WHERE platform_message_id = $1', [sent.id])).rowCount, (n) => n === 1);
    const failure = { code: 131026, title: 'Message undeliverable', details: 'The recipient is not a WhatsApp user.' };
    const status = whatsappStatusWebhook(store.accountId, from, meta.now(), { messageId: sent.id, failure });
    for (let i = 0; i < 2; i += 1) expect((await meta.deliver(webhookUrl(), status)).status).toBe(200);
    await meta.deliver(webhookUrl(), whatsappStatusWebhook(store.accountId, from, meta.now(), { failure }));
    const failed = (await waitUntil('the failure for the store', () => store.messages(), (m) => m.some((x) => x.type === 'chat.reply_failed'))).filter((m) => m.type === 'chat.reply_failed');
    expect(failed.map((m) => m.payload)).toEqual([{ replyId, contactId: payload.contactId, code: '131026', detail: 'The recipient is not a WhatsApp user.' }]);
  });

  it('retries a Graph outage with backoff, and a reply queued before a restart is sent by the next relay', async () => {
    const down = await startTestRelay(postgres, { marketplaces: { key }, chat: { appSecret: APP_SECRET, graphUrl: 'http://127.0.0.1:9/v21.0' } });
    let next: TestRelay | undefined;
    let downClosed = false;
    try {
      const store = await storeOn('WA-5', 'WHATSAPP', down);
      const from = '5511987650005';
      await meta.deliver(`${down.baseUrl}${META_WEBHOOK_PATH}`, meta.whatsapp(store.accountId, from, 'Bruno', whatsappContent.text('oi')).body);
      const [{ payload }] = await store.messages();
      await store.reply(payload.contactId, { kind: 'TEXT', text: 'Recebemos seu pedido.' });
      await waitUntil('a failed attempt', async () => (await down.database.pool.query("SELECT attempts FROM relay.chat_jobs WHERE last_error IS NOT NULL")).rows.length, (n) => n === 1);
      await down.close();
      downClosed = true;
      meta.failNextSends(1);
      next = await startTestRelay(postgres, { databaseUrl: down.databaseUrl, marketplaces: { key }, chat: { appSecret: APP_SECRET, graphUrl: meta.graphUrl } });
      expect(await store.messages(next)).toHaveLength(1);
      const sent = await waitUntil('the reply after the restart', async () => meta.sentTo(from), (s) => s.length === 1, { timeoutMs: 15_000 });
      expect(sent[0].body.text.body).toBe('Recebemos seu pedido.');
    } finally {
      if (!downClosed) await down.close();
      await next?.close();
    }
  });
});
