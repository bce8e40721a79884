import { findOpenBusinessDay } from '../business-day/index.js';
import { emptyContext, recordChatOrder, type CartLine } from '../chat/index.js';
import { AppError, businessRule } from '../kernel/errors.js';
import { formatBrl } from '../kernel/money.js';
import { createOrder, type NewOrderItem, type OrderChannel } from '../orders/index.js';
import { describeLine, missingChoice } from './chat-cart.js';
import { BODY_MAX, clip, TEXT_MAX, type ChatTurn } from './chat-turn.js';
import { chatDeliveryFee, createChatDelivery } from './chat-delivery-fee.js';
import { priceOrderLines } from './order-lines.js';

/** A chat order is sold as delivery or takeout: the products offered and the pricing rules of that channel. */
const saleChannelOf = (turn: ChatTurn): OrderChannel => (turn.context.fulfilment === 'DELIVERY' ? 'DELIVERY' : 'TAKEOUT');

const linesOf = (cart: CartLine[]) => cart.map((line) => ({ productId: line.productId, quantity: line.quantity, options: line.optionIds, notes: line.notes }));

/** The store refused the order (a product sold out, not delivered, the day closed): a person takes over. */
function refuse(turn: ChatTurn, error: AppError): void {
  turn.text('CHAT_ORDER_REFUSED', { reason: turn.t(error.messageKey, error.params) });
  turn.handOver();
}

/** The cart priced now; priceOrderLines only reads, so a refusal leaves nothing half-written. */
function priced(turn: ChatTurn): NewOrderItem[] | null {
  try {
    return priceOrderLines(turn.tx, saleChannelOf(turn), linesOf(turn.context.cart), turn.ctx.config.timeZone);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    refuse(turn, error);
    return null;
  }
}

const feeOf = (turn: ChatTurn): number => (turn.context.fulfilment === 'DELIVERY' ? (turn.context.deliveryFeeCents ?? 0) : 0);

/** What the customer pays: the priced cart plus the delivery fee; null when the store refused the cart (a person took over). */
export function cartTotalCents(turn: ChatTurn): number | null {
  const items = priced(turn);
  return items ? items.reduce((sum, item) => sum + item.totalCents, 0) + feeOf(turn) : null;
}

function askOption(turn: ChatTurn, line: number, groupId: string): void {
  const item = turn.context.cart[line];
  const product = turn.menu.products.get(item.productId)!;
  const group = product.optionGroups.find((g) => g.id === groupId)!;
  turn.context.pending = { kind: 'OPTION', line, groupId };
  const question = turn.t('CHAT_OPTION_QUESTION', { group: group.name.charAt(0).toLowerCase() + group.name.slice(1), product: `${item.quantity}x ${product.name}` });
  const choices = group.options.map((o) => ({ id: `opt:${o.id}`, title: o.name }));
  if (choices.length <= 3) turn.buttons(question, choices);
  else turn.list(question, turn.t('CHAT_OPTION_BUTTON'), choices);
}

function sendSummary(turn: ChatTurn): void {
  const items = priced(turn);
  if (!items) return;
  const { context } = turn;
  const itemsCents = items.reduce((sum, item) => sum + item.totalCents, 0);
  const feeCents = feeOf(turn);
  const payment =
    context.payment === 'CASH' && context.changeForCents !== null
      ? turn.t('CHAT_SUMMARY_PAY_CASH_CHANGE', { change: formatBrl(context.changeForCents) })
      : turn.t(`CHAT_SUMMARY_PAY_${context.payment}`);
  const total = formatBrl(itemsCents + feeCents);
  const body = turn.t('CHAT_SUMMARY', {
    lines: context.cart.map((line, i) => `${describeLine(turn.menu, line)} — ${formatBrl(items[i].totalCents)}`).join('\n'),
    fee: feeCents > 0 ? turn.t('CHAT_SUMMARY_FEE', { fee: formatBrl(feeCents) }) : '',
    total,
    fulfilment: context.fulfilment === 'DELIVERY' ? turn.t('CHAT_SUMMARY_DELIVERY', { address: context.address?.text ?? '' }) : turn.t('CHAT_SUMMARY_PICKUP'),
    payment,
  });
  context.pending = { kind: 'CONFIRM', totalCents: itemsCents + feeCents };
  const confirm = [
    { id: 'confirm:yes', title: turn.t('CHAT_CONFIRM_YES') },
    { id: 'confirm:cancel', title: turn.t('CHAT_CONFIRM_CANCEL') },
  ];
  if (body.length <= BODY_MAX) return turn.buttons(body, confirm);
  // A buttons message holds 1,024 characters: a long cart cut there would hide the total the
  // customer says yes to, so the summary goes as a text and the buttons repeat the total.
  turn.send({ kind: 'TEXT', text: clip(body, TEXT_MAX) });
  turn.buttons(turn.t('CHAT_SUMMARY_CONFIRM', { total }), confirm);
}

/**
 * Asks the one thing the order still needs, in this order: what was unclear, a required choice
 * (the doneness), delivery or pickup, the address, the payment; then the summary to confirm.
 */
export function askNext(turn: ChatTurn): void {
  const { context } = turn;
  const pending = context.pending;
  if (pending?.kind === 'UNRESOLVED') {
    // Counted, never quoted: the reply is journaled and goes to the cloud, and the words that match
    // nothing on the menu are often a name, an address or an e-mail the customer typed along.
    const unresolved = pending.words.length === 1 ? turn.t('CHAT_UNRESOLVED_ONE') : turn.t('CHAT_UNRESOLVED_MANY', { count: pending.words.length });
    return turn.buttons(unresolved, [
      { id: 'unresolved:menu', title: turn.t('CHAT_UNRESOLVED_MENU') },
      { id: 'unresolved:skip', title: turn.t('CHAT_UNRESOLVED_SKIP') },
    ]);
  }
  if (pending?.kind === 'PICK_PRODUCT') {
    return turn.list(turn.t('CHAT_PICK_PRODUCT', { word: pending.word }), turn.t('CHAT_PICK_BUTTON'), pending.productIds.map((id) => ({ id: `pick:${id}`, title: turn.menu.products.get(id)?.name ?? id })));
  }
  if (pending?.kind === 'PICK_LINE') {
    const choices = pending.lines.map((line) => ({ id: `line:${line}`, title: describeLine(turn.menu, context.cart[line]) }));
    return turn.list(turn.t('CHAT_PICK_LINE', { quantity: pending.quantity }), turn.t('CHAT_PICK_BUTTON'), choices);
  }
  const missing = missingChoice(turn.menu, context.cart);
  if (missing) return askOption(turn, missing.line, missing.groupId);
  if (context.cart.length === 0) {
    context.pending = null;
    return turn.text('CHAT_CART_EMPTY');
  }
  if (!context.fulfilment) {
    context.pending = { kind: 'FULFILMENT' };
    return turn.buttons(turn.t('CHAT_FULFILMENT_QUESTION', { cart: context.cart.map((line) => describeLine(turn.menu, line)).join('\n') }), [
      { id: 'fulfilment:DELIVERY', title: turn.t('CHAT_FULFILMENT_DELIVERY') },
      { id: 'fulfilment:PICKUP', title: turn.t('CHAT_FULFILMENT_PICKUP') },
    ]);
  }
  if (context.fulfilment === 'DELIVERY' && !context.address) {
    context.pending = { kind: 'ADDRESS' };
    return turn.text('CHAT_ADDRESS_QUESTION');
  }
  if (!context.payment) {
    context.pending = { kind: 'PAYMENT' };
    return turn.buttons(turn.t('CHAT_PAYMENT_QUESTION'), [
      { id: 'pay:PIX', title: turn.t('CHAT_PAYMENT_PIX') },
      { id: 'pay:CARD', title: turn.t('CHAT_PAYMENT_CARD') },
      { id: 'pay:CASH', title: turn.t('CHAT_PAYMENT_CASH') },
    ]);
  }
  sendSummary(turn);
}

/**
 * The customer confirmed: the order is created (a draft) on the open business day with the
 * platform as its channel and, for delivery, the zone's fee in its total (what the PIX charge,
 * the change, the receipt and the NFC-e's vFrete are made of) and the store's delivery record.
 * It reaches the kitchen after this commits (workflows/chat-order-status.ts): card or cash on
 * delivery at once, PIX once paid.
 */
export function placeChatOrder(turn: ChatTurn): void {
  const { context, conversation } = turn;
  const day = findOpenBusinessDay(turn.tx.db);
  if (!day) {
    context.pending = null;
    return turn.text('CHAT_STORE_CLOSED');
  }
  const items = priced(turn);
  if (!items) return;
  const goodsCents = items.reduce((sum, item) => sum + item.totalCents, 0);
  const address = context.fulfilment === 'DELIVERY' ? context.address : null;
  const paymentMethod = context.payment ?? 'CARD';
  const changeForCents = paymentMethod === 'CASH' ? context.changeForCents : null;
  let deliveryFeeCents = 0;
  try {
    // Checked before anything is written: a refusal leaves no order behind.
    if (address) deliveryFeeCents = chatDeliveryFee(turn.tx.db, address, goodsCents);
    const dueCents = goodsCents + deliveryFeeCents;
    if (changeForCents !== null && changeForCents <= dueCents) throw businessRule('DELIVERY_CHANGE_TOO_SMALL', { amountDueCents: dueCents, changeForCents }, { due: formatBrl(dueCents) });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return refuse(turn, error);
  }
  // A price or the fee changed since the summary (a happy hour ended, the menu was repriced): the
  // customer said yes to the total quoted, so they get the new one to confirm instead.
  if (context.pending?.kind === 'CONFIRM' && context.pending.totalCents !== goodsCents + deliveryFeeCents) {
    context.deliveryFeeCents = deliveryFeeCents;
    turn.text('CHAT_PRICE_CHANGED');
    return sendSummary(turn);
  }
  const order = createOrder(turn.tx, { businessDate: day.date, businessDayId: day.id, channel: conversation.channel, customerId: conversation.customerId, items, deliveryFeeCents });
  recordChatOrder(turn.tx, {
    orderId: order.id,
    conversationId: conversation.id,
    fulfilment: address ? 'DELIVERY' : 'PICKUP',
    paymentMethod,
    changeForCents,
    deliveryFeeCents,
    deliveryAddress: address,
  });
  if (address) createChatDelivery(turn.tx, { orderId: order.id, businessDate: order.businessDate, goodsCents, deliveryFeeCents, conversation, address, paymentMethod, changeForCents });
  Object.assign(context, emptyContext());
}
