import { CHAT_PAYMENT_METHODS, FULFILMENTS, emptyContext, type ChatPaymentMethod, type DeliveryAddress, type Fulfilment } from '../chat/index.js';
import { formatBrl } from '../kernel/money.js';
import { candidatesFor, leadingQuantity, plainWords } from './chat-cart.js';
import { quoteChatDelivery } from './chat-delivery-fee.js';
import { sendCategories, sendCategoryProducts, sendDeliveryFee } from './chat-info.js';
import { askNext, cartTotalCents, placeChatOrder } from './chat-steps.js';
import type { ChatTurn } from './chat-turn.js';

const YES = new Set(['sim', 's', 'ss', 'confirmo', 'confirmar', 'confirma', 'pode', 'ok', 'isso', 'certo', 'fechado', 'beleza', 'autorizo', 'claro']);
const NO = new Set(['nao', 'n', 'cancela', 'cancelar', 'cancelo', 'desisto']);
const CEP = /\b\d{5}-?\d{3}\b/;

/** "sim" / "não" (first word), null when it is neither. */
export function yesNo(text: string): boolean | null {
  const first = plainWords(text).split(' ')[0] ?? '';
  return YES.has(first) ? true : NO.has(first) ? false : null;
}

/** "troco para 100", "R$ 50,00", "sem troco": centavos, null for no change, undefined when unreadable. */
function changeFor(text: string): number | null | undefined {
  const plain = plainWords(text);
  if (/\bsem troco\b|\bnao\b|\bnao precis/.test(plain) || plain === 'n') return null;
  const amount = /(\d{1,5})(?:[.,](\d{2}))?/.exec(text.replace(/\s/g, ''));
  return amount ? Number(amount[1]) * 100 + Number(amount[2] ?? 0) : undefined;
}

/** The delivery address: inside a zone it is kept with its fee, outside the customer may pick up instead. */
export function onAddress(turn: ChatTurn, address: DeliveryAddress): void {
  const quote = quoteChatDelivery(turn.tx.db, address);
  if (!quote) {
    turn.context.pending = { kind: 'ADDRESS' };
    return turn.buttons(turn.t('CHAT_ADDRESS_OUT_OF_AREA'), [{ id: 'fulfilment:PICKUP', title: turn.t('CHAT_FULFILMENT_PICKUP') }]);
  }
  turn.context.address = address;
  turn.context.deliveryFeeCents = quote.feeCents;
  turn.context.pending = null;
  turn.text('CHAT_FEE', { zone: quote.zoneName, fee: formatBrl(quote.feeCents), minutes: quote.estimateMinutes });
  askNext(turn);
}

function onChange(turn: ChatTurn, text: string): boolean {
  const cents = changeFor(text);
  if (cents === undefined) return false;
  const total = cartTotalCents(turn);
  if (total === null) return true;
  if (cents !== null && cents <= total) {
    turn.text('CHAT_CHANGE_TOO_SMALL', { total: formatBrl(total) });
    return true;
  }
  turn.context.changeForCents = cents;
  turn.context.pending = null;
  askNext(turn);
  return true;
}

function chooseOption(turn: ChatTurn, optionId: string): void {
  const pending = turn.context.pending;
  if (pending?.kind !== 'OPTION') return askNext(turn);
  const line = turn.context.cart[pending.line];
  const group = line && turn.menu.products.get(line.productId)?.optionGroups.find((g) => g.id === pending.groupId);
  if (group?.options.some((o) => o.id === optionId) && !line.optionIds.includes(optionId)) line.optionIds.push(optionId);
  turn.context.pending = null;
  askNext(turn);
}

function pickProduct(turn: ChatTurn, productId: string): void {
  const pending = turn.context.pending;
  if (pending?.kind !== 'PICK_PRODUCT' || !pending.productIds.includes(productId)) return askNext(turn);
  turn.context.cart.push({ productId, quantity: leadingQuantity(pending.word), optionIds: [], notes: null });
  turn.context.pending = null;
  askNext(turn);
}

function cancelOrder(turn: ChatTurn): void {
  Object.assign(turn.context, emptyContext());
  turn.text('CHAT_CANCELLED');
}

/**
 * A typed answer to the question asked (an address, the change, yes or no, an option or product by
 * name). False when the text does not answer it: then it is read as a new request.
 */
export function answerPending(turn: ChatTurn, text: string): boolean {
  const pending = turn.context.pending;
  const address = { text, latitude: null, longitude: null };
  switch (pending?.kind) {
    case 'ADDRESS':
      onAddress(turn, address);
      return true;
    case 'FEE_ADDRESS':
      turn.context.pending = null;
      sendDeliveryFee(turn, address);
      return true;
    case 'CHANGE':
      return onChange(turn, text);
    case 'CONFIRM': {
      const answer = yesNo(text);
      if (answer === null) return false;
      if (answer) placeChatOrder(turn);
      else cancelOrder(turn);
      return true;
    }
    case 'OPTION': {
      const group = turn.menu.products.get(turn.context.cart[pending.line]?.productId ?? '')?.optionGroups.find((g) => g.id === pending.groupId);
      const written = ` ${plainWords(text)} `;
      const option = group?.options.find((o) => written.includes(` ${plainWords(o.name)} `));
      if (!option) return false;
      chooseOption(turn, option.id);
      return true;
    }
    case 'PICK_PRODUCT': {
      const matches = candidatesFor(turn.menu, text).filter((id) => pending.productIds.includes(id));
      if (matches.length !== 1) return false;
      pickProduct(turn, matches[0]);
      return true;
    }
    default:
      return false;
  }
}

/** "qual a taxa de entrega pra Pinheiros?": the fee at once when an address is written, else asked for. */
export function asksDeliveryFee(turn: ChatTurn, text: string): boolean {
  const plain = plainWords(text);
  if (!/\b(taxa|frete)\b/.test(plain)) return false;
  if (CEP.test(text) || plain.split(' ').length > 5) {
    sendDeliveryFee(turn, { text, latitude: null, longitude: null });
  } else {
    turn.context.pending = { kind: 'FEE_ADDRESS' };
    turn.text('CHAT_FEE_QUESTION');
  }
  return true;
}

/** A tapped list row or button: its id says what was chosen (docs/chat.md, "Reply ids"). */
export function onReply(turn: ChatTurn, replyId: string): void {
  const colon = replyId.indexOf(':');
  const [kind, value] = colon < 0 ? [replyId, ''] : [replyId.slice(0, colon), replyId.slice(colon + 1)];
  const { context } = turn;
  switch (kind) {
    case 'cat':
      return sendCategoryProducts(turn, value);
    case 'add':
      if (!turn.menu.products.has(value)) return sendCategories(turn);
      context.cart.push({ productId: value, quantity: 1, optionIds: [], notes: null });
      return askNext(turn);
    case 'pick':
      return pickProduct(turn, value);
    case 'opt':
      return chooseOption(turn, value);
    case 'unresolved':
      context.pending = null;
      return value === 'menu' ? sendCategories(turn) : askNext(turn);
    case 'fulfilment':
      if (!(FULFILMENTS as readonly string[]).includes(value)) return askNext(turn);
      context.fulfilment = value as Fulfilment;
      if (value === 'PICKUP') Object.assign(context, { address: null, deliveryFeeCents: null });
      context.pending = null;
      return askNext(turn);
    case 'pay':
      if (!(CHAT_PAYMENT_METHODS as readonly string[]).includes(value)) return askNext(turn);
      context.payment = value as ChatPaymentMethod;
      context.changeForCents = null;
      if (value !== 'CASH') {
        context.pending = null;
        return askNext(turn);
      }
      context.pending = { kind: 'CHANGE' };
      return turn.text('CHAT_CHANGE_QUESTION');
    case 'confirm':
      // A second tap on an order already placed finds nothing pending: nothing happens.
      if (context.pending?.kind !== 'CONFIRM') return;
      return value === 'yes' ? placeChatOrder(turn) : cancelOrder(turn);
    default:
      return context.pending ? askNext(turn) : turn.text('CHAT_HELP');
  }
}
