import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { businessRule } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { safeText } from '../kernel/safe-text.js';
import type { Conversation } from './conversation/context.js';
import { handOver, listConversations, loadConversation, markAnsweredByStaff, queueReply, releaseToBot } from './conversation/conversations.js';
import { listChatOrders } from './conversation/chat-orders.js';
import { readThread } from './conversation/thread.js';
import { insideServiceWindow, staffReplyMessage } from './conversation/window.js';

const answers = () => import('./answers.js');
const replyBody = lazySchema(() => z.object({ text: safeText(4096) }));
const THREAD_LENGTH = 200;
const LIST_LENGTH = 100;
const ORDERS_SHOWN = 5;

function view(conversation: Conversation, now: Date) {
  return {
    id: conversation.id,
    channel: conversation.channel,
    profileName: conversation.profileName,
    phone: conversation.channel === 'WHATSAPP' ? conversation.userId : null,
    customerId: conversation.customerId,
    consent: conversation.consent,
    status: conversation.status,
    waitingSince: conversation.waitingSince,
    lastInboundAt: conversation.lastInboundAt,
    insideWindow: insideServiceWindow(conversation, now),
    staffMayReply: staffReplyMessage(conversation, now, '-') !== null,
    updatedAt: conversation.updatedAt,
  };
}

/**
 * Staff answering chat customers (docs/chat.md, "Conversations"): the list with those waiting for
 * a person first, one thread, a reply (the conversation stays with people) and the release back
 * to the bot. Every change is journaled as `chat.conversation_updated`, which screens follow over MQTT.
 */
export function registerConversationRoutes(ctx: ModuleContext): void {
  const detail = (id: string) => ({
    ...view(loadConversation(ctx.db, id), ctx.clock.now()),
    messages: readThread(ctx.db, id, THREAD_LENGTH).map(({ outbound: _outbound, ...m }) => m),
    orders: listChatOrders(ctx.db, id, ORDERS_SHOWN).map(({ conversationId: _conversationId, ...order }) => order),
  });

  ctx.api.get('/chat/conversations', routeDoc({ tag: 'chat', summary: 'Chat conversations, those waiting for a person first', response: () => answers().then((a) => a.conversationListAnswer) }), requirePermission('chat.read'), (c) => {
    const now = ctx.clock.now();
    return ok(c, listConversations(ctx.db, LIST_LENGTH).map((conversation) => ({ ...view(conversation, now), lastMessage: readThread(ctx.db, conversation.id, 1)[0]?.text ?? null })));
  });

  ctx.api.get('/chat/conversations/:id', routeDoc({ tag: 'chat', summary: 'One chat conversation with its messages', response: () => answers().then((a) => a.conversationAnswer), errors: { 404: ['CHAT_CONVERSATION_NOT_FOUND'] } }), requirePermission('chat.read'), (c) => ok(c, detail(readParam(c, 'id'))));

  ctx.api.post('/chat/conversations/:id/reply', routeDoc({ tag: 'chat', summary: 'A staff reply to the customer: the bot stays quiet until the conversation is released', body: replyBody, response: () => answers().then((a) => a.conversationAnswer), errors: { 404: ['CHAT_CONVERSATION_NOT_FOUND'], 422: ['CHAT_WINDOW_CLOSED'] } }), requirePermission('chat.reply'), async (c) => {
    const id = readParam(c, 'id');
    const { text } = await readJson(c, replyBody);
    return runCommand(c, 'chat.staff_reply', (tx) => {
      const conversation = loadConversation(tx.db, id);
      const message = staffReplyMessage(conversation, tx.now, text);
      if (!message) throw businessRule('CHAT_WINDOW_CLOSED', { conversationId: id });
      if (conversation.status === 'BOT') handOver(tx, id);
      queueReply(tx, conversation, message, 'STAFF', tx.actor?.id ?? null);
      markAnsweredByStaff(tx, id);
      return id;
    }, 200, detail);
  });

  ctx.api.post('/chat/conversations/:id/release', routeDoc({ tag: 'chat', summary: 'Give the conversation back to the bot', response: () => answers().then((a) => a.conversationAnswer), errors: { 404: ['CHAT_CONVERSATION_NOT_FOUND'] } }), requirePermission('chat.reply'), (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'chat.release', (tx) => {
      loadConversation(tx.db, id);
      releaseToBot(tx, id);
      return id;
    }, 200, detail);
  });
}
