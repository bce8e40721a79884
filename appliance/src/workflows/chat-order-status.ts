import { findChatOrder, getConversation, handOver, queueReply, queueStatusNotice, type ChatOrder, type Conversation, type StatusTemplate } from '../chat/index.js';
import { AppError } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { formatBrl } from '../kernel/money.js';
import { getOrder, type Order } from '../orders/index.js';
import { createPixChargeFor, listPaymentsOfOrder, paymentsRuntimeOf, pixDueDate, recordPixCharge, withdrawPixCharge, type CreatedPixCharge } from '../payments/index.js';
import { confirmAndRoute } from './order-commands.js';
import { hasTable } from './printing-consumer.js';

const ACTOR = { actor: { type: 'system' as const, id: 'workflow:chat-orders' } };

/** The chat order behind a store order, with its conversation; null for any other order. */
function chatOrderOf(ctx: ModuleContext, orderId: string): { placed: ChatOrder; conversation: Conversation; order: Order } | null {
  // Asked for every paid, ready and delivering order: most are not chat orders, and loading an
  // order with its items costs far more than finding that out.
  const placed = findChatOrder(ctx.db, orderId);
  const conversation = placed ? getConversation(ctx.db, placed.conversationId) : null;
  const order = placed && conversation ? getOrder(ctx.db, orderId) : null;
  return placed && conversation && order ? { placed, conversation, order } : null;
}

function text(ctx: ModuleContext, tx: CommandTx, conversation: Conversation, key: string, params: Record<string, string | number>): void {
  queueReply(tx, conversation, { kind: 'TEXT', text: ctx.messages.t(key, params) }, 'BOT');
}

/** The order goes to the kitchen and the customer hears it; refused (sold out meanwhile), a person takes over. */
async function confirmToKitchen(ctx: ModuleContext, orderId: string, correlationId: string | null): Promise<void> {
  try {
    await ctx.commands.run('workflow.chat_order_confirm', (tx) => {
      const order = getOrder(tx.db, orderId);
      // Replayed after a crash: only a draft is confirmed, and told once.
      if (order?.status !== 'DRAFT') return;
      confirmAndRoute(tx, orderId);
      notify(ctx, tx, orderId, 'CONFIRMED', 'CHAT_ORDER_CONFIRMED');
    }, { ...ACTOR, correlationId });
  } catch (error) {
    ctx.logger.error({ err: error, orderId }, 'chat order could not be sent to the kitchen');
    await askForPerson(ctx, orderId, 'CHAT_ORDER_REFUSED', { reason: error instanceof AppError ? ctx.messages.t(error.messageKey, error.params) : '' });
  }
}

async function askForPerson(ctx: ModuleContext, orderId: string, key: string, params: Record<string, string | number>): Promise<void> {
  await ctx.commands.run('workflow.chat_order_handover', (tx) => {
    const found = chatOrderOf(ctx, orderId);
    if (!found) return;
    text(ctx, tx, found.conversation, key, params);
    handOver(tx, found.conversation.id);
  }, ACTOR);
}

/** A status notice: text inside the 24-hour window, the approved template outside it. */
function notify(ctx: ModuleContext, tx: CommandTx, orderId: string, template: StatusTemplate, key: string): void {
  const found = chatOrderOf(ctx, orderId);
  if (!found) return;
  const number = String(found.order.number);
  queueStatusNotice(tx, found.conversation, ctx.messages.t(key, { number }), template, [number]);
}

/**
 * The dynamic PIX charge of a chat order, made after the order committed (no network inside a
 * transaction): the payment is recorded pending and the copy-and-paste code sent to the customer,
 * with the QR code as an image on WhatsApp and Messenger.
 */
async function chargePix(ctx: ModuleContext, orderId: string): Promise<void> {
  const found = chatOrderOf(ctx, orderId);
  if (!found || found.order.status !== 'DRAFT' || listPaymentsOfOrder(ctx.db, orderId).some((p) => p.method === 'PIX' && p.status !== 'CANCELLED')) return;
  const { order } = found;
  const pix = paymentsRuntimeOf(ctx).pix;
  let created: CreatedPixCharge;
  try {
    created = await createPixChargeFor(pix, { amountCents: order.totalCents, description: `Pedido ${order.number}`, dueDate: pixDueDate(ctx.clock.now(), ctx.config.timeZone) });
  } catch (error) {
    ctx.logger.warn({ err: error, orderId }, 'PIX charge for a chat order failed');
    return askForPerson(ctx, orderId, 'CHAT_PIX_FAILED', {});
  }
  try {
    await ctx.commands.run('workflow.chat_order_pix', (tx) => {
      const current = getOrder(tx.db, orderId)!;
      recordPixCharge(tx, { orderId, orderTotalCents: current.totalCents, businessDayId: current.businessDayId ?? '', businessDate: current.businessDate, amountCents: current.totalCents, cashierSessionId: null }, created);
      text(ctx, tx, found.conversation, 'CHAT_PIX_INSTRUCTIONS', { number: current.number, amount: formatBrl(current.totalCents) });
      queueReply(tx, found.conversation, { kind: 'TEXT', text: created.charge.qrPayload }, 'BOT');
      // The same code as a QR image to scan, where the platform takes an uploaded image (the relay draws it).
      if (found.conversation.channel !== 'INSTAGRAM') {
        const caption = ctx.messages.t('CHAT_PIX_QR_CAPTION', { number: current.number, amount: formatBrl(current.totalCents) });
        queueReply(tx, found.conversation, { kind: 'QR_IMAGE', data: created.charge.qrPayload, caption }, 'BOT');
      }
    }, ACTOR);
  } catch (error) {
    await withdrawPixCharge(pix, created);
    throw error;
  }
}

/**
 * Chat orders after they are placed (docs/chat.md): card or cash on delivery go to the kitchen at
 * once, PIX orders get their charge and go once paid (like the kiosk's); the customer is told
 * "confirmado", then "saiu para entrega" or "pronto para retirada".
 */
export function registerChatOrderStatus(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'chat_orders')) return;
  ctx.events.durable('workflow-chat-order-placed', 'chat.order_placed', async (event) => {
    if (event.payload.paymentMethod === 'PIX') await chargePix(ctx, event.payload.orderId);
    else await confirmToKitchen(ctx, event.payload.orderId, event.correlationId);
  });
  ctx.events.durable('workflow-chat-order-paid', 'order.paid', async (event) => {
    const found = chatOrderOf(ctx, event.payload.orderId);
    if (found?.order.status === 'DRAFT') await confirmToKitchen(ctx, found.order.id, event.correlationId);
  });
  ctx.events.durable('workflow-chat-order-out', ['order.delivering', 'order.ready'], async (event) => {
    const found = chatOrderOf(ctx, event.payload.orderId);
    if (!found) return;
    const delivering = event.type === 'order.delivering';
    // A delivery order ready in the kitchen is not news for the customer; it is when it leaves.
    if (!delivering && found.placed.fulfilment !== 'PICKUP') return;
    await ctx.commands.run('workflow.chat_order_notice', (tx) => {
      notify(ctx, tx, found.order.id, delivering ? 'OUT_FOR_DELIVERY' : 'READY_FOR_PICKUP', delivering ? 'CHAT_OUT_FOR_DELIVERY' : 'CHAT_READY_FOR_PICKUP');
    }, { ...ACTOR, correlationId: event.correlationId });
  });
}
