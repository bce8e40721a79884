import { Hono } from 'hono';
import { z } from 'zod';
import { chatChannel } from '../../../appliance/contract/index.js';
import { routeDoc } from '../../../appliance/contract/api/openapi/route-doc.js';
import type { RelayDeps } from '../http/deps.js';
import { requireHqUser, type RelayEnv } from '../http/auth.js';
import { ok, parseOrThrow, readJson, RelayError } from '../http/envelope.js';
import { listChatAccounts, saveChatAccount } from './chat-accounts.js';
import { routeInboundMessages } from './chat-inbound.js';
import { reportSendFailures } from './chat-sent.js';
import { parseMetaWebhook } from './meta-webhook.js';
import { verifyMetaSignature } from './meta-signature.js';

const accountSchema = z.object({
  storeId: z.uuid(),
  channel: chatChannel,
  platformAccountId: z.string().trim().regex(/^\d{1,32}$/, 'Id da conta na Meta: só dígitos.'),
  accessToken: z.string().min(20).max(2000),
});

const accountsQuery = z.object({ storeId: z.uuid() });

const verificationQuery = z.object({ 'hub.mode': z.string().optional(), 'hub.verify_token': z.string().optional(), 'hub.challenge': z.string().optional() });

/** The one callback URL to register at the Meta app, for WhatsApp, Messenger and Instagram alike. */
export const META_WEBHOOK_PATH = '/api/v1/chat/meta/webhook';

/**
 * Meta's webhook (verification handshake and signed deliveries, routed by the account the payload
 * names) and the HQ endpoints that give a store its WhatsApp number, page and Instagram account.
 */
export function chatRoutes(deps: RelayDeps): Hono<RelayEnv> {
  const routes = new Hono<RelayEnv>();
  const { chat } = deps;
  const webhookPath = META_WEBHOOK_PATH.replace('/api/v1', '');

  routes.get(webhookPath, routeDoc({ tag: 'chat', summary: 'Meta\'s callback verification: echoes hub.challenge when hub.verify_token matches', query: verificationQuery, security: [], produces: 'text/plain', errors: { 403: ['WEBHOOK_VERIFICATION_FAILED'] } }), (c) => {
    const query = parseOrThrow(verificationQuery, c.req.query());
    const expected = chat.config.verifyToken;
    if (!expected || query['hub.mode'] !== 'subscribe' || query['hub.verify_token'] !== expected || !query['hub.challenge']) {
      throw new RelayError('WEBHOOK_VERIFICATION_FAILED', 403);
    }
    return c.text(query['hub.challenge']);
  });

  routes.post(webhookPath, routeDoc({ tag: 'chat', summary: 'A Meta delivery (WhatsApp, Messenger, Instagram): signature checked on the raw body, each message stored once and queued for its store, failed WhatsApp statuses reported to the store', security: [], response: () => import('./answers.js').then((a) => a.chatWebhookAnswer), errors: { 400: ['INVALID_EVENT'], 401: ['INVALID_SIGNATURE'], 503: ['CHAT_NOT_CONFIGURED'] } }), async (c) => {
    const secret = chat.config.appSecret;
    // Unanswered, Meta retries for hours: a relay not yet configured loses nothing.
    if (!secret) throw new RelayError('CHAT_NOT_CONFIGURED', 503);
    const rawBody = Buffer.from(await c.req.arrayBuffer());
    if (!verifyMetaSignature(rawBody, c.req.header('x-hub-signature-256'), secret)) {
      throw new RelayError('INVALID_SIGNATURE', 401);
    }
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      throw new RelayError('INVALID_EVENT', 400);
    }
    const { messages, failures } = parseMetaWebhook(body);
    // Each message in its own transaction: one the database refuses must not take the others of
    // the delivery down with it. Its error still answers 500 once the rest are stored, so Meta
    // redelivers; the stored ones then come back as duplicates and only the failed one is retried.
    const outcome = { storeIds: new Set<string>(), fresh: 0, duplicates: 0, unrouted: 0 };
    let failed: unknown = null;
    for (const message of messages) {
      try {
        const routed = await deps.db.transaction().execute((trx) => routeInboundMessages(trx, deps.downstream, [message]));
        for (const storeId of routed.storeIds) outcome.storeIds.add(storeId);
        outcome.fresh += routed.fresh;
        outcome.duplicates += routed.duplicates;
        outcome.unrouted += routed.unrouted.length;
        if (routed.unrouted.length > 0) {
          deps.logger.warn({ channel: message.channel, platformAccountId: message.platformAccountId, messageId: message.messageId }, 'chat message for an account no store has: dropped');
        }
      } catch (error) {
        deps.logger.error({ channel: message.channel, messageId: message.messageId, err: error }, 'chat message not stored; Meta will redeliver it');
        failed ??= error;
      }
    }
    const told = await deps.db.transaction().execute((trx) => reportSendFailures(trx, deps.downstream, failures));
    for (const storeId of told) outcome.storeIds.add(storeId);
    for (const storeId of outcome.storeIds) deps.downstream.notify(storeId);
    if (failed) throw failed;
    return ok(c, { received: messages.length, new: outcome.fresh, duplicates: outcome.duplicates, unrouted: outcome.unrouted });
  });

  routes.put('/chat-accounts', routeDoc({ tag: 'chat', summary: 'Give a store its WhatsApp number, Facebook page or Instagram account (access token stored sealed)', body: accountSchema, response: () => import('./answers.js').then((a) => a.chatAccountAnswer), errors: { 404: ['STORE_NOT_FOUND'], 409: ['CHAT_ACCOUNT_TAKEN'] } }), requireHqUser(deps.db, ['HQ_ADMIN']), async (c) => {
    const input = parseOrThrow(accountSchema, await readJson(c));
    return ok(c, await saveChatAccount(deps.db, chat.vault, input));
  });

  routes.get('/chat-accounts', routeDoc({ tag: 'chat', summary: 'A store\'s chat accounts (tokens never shown)', query: accountsQuery, response: () => import('./answers.js').then((a) => a.chatAccountsAnswer) }), requireHqUser(deps.db), async (c) => {
    const { storeId } = parseOrThrow(accountsQuery, c.req.query());
    return ok(c, await listChatAccounts(deps.db, storeId));
  });

  return routes;
}
