import { CHAT_PAYMENT_METHODS, FULFILMENTS, emptyContext, latestChatOrder, orderableQuantityOf, type ChatPaymentMethod, type DeliveryAddress, type Fulfilment, type PendingQuestion } from '../chat/index.js';
import { formatBrl } from '../kernel/money.js';
import { getOrder } from '../orders/index.js';
import { addLines, candidatesFor, correctLine, plainWords, questionAbout } from './chat-cart.js';
import { quoteChatDelivery } from './chat-delivery-fee.js';
import { sendCategories, sendCategoryProducts, sendDeliveryFee } from './chat-info.js';
import { askNext, cartTotalCents, placeChatOrder } from './chat-steps.js';
import type { ChatTurn } from './chat-turn.js';

const YES = new Set(['sim', 's', 'ss', 'confirmo', 'confirmar', 'confirma', 'pode', 'ok', 'isso', 'certo', 'fechado', 'beleza', 'autorizo', 'claro']);
const NO = new Set(['nao', 'n', 'cancela', 'cancelar', 'cancelo', 'desisto']);
const CEP = /\b\d{5}-?\d{3}\b/;
/** The words a customer types instead of tapping the delivery or payment button, by the button's reply id. */
const TYPED_CHOICES = {
  FULFILMENT: { entrega: 'fulfilment:DELIVERY', entregar: 'fulfilment:DELIVERY', delivery: 'fulfilment:DELIVERY', retirada: 'fulfilment:PICKUP', retirar: 'fulfilment:PICKUP', retiro: 'fulfilment:PICKUP', buscar: 'fulfilment:PICKUP', busco: 'fulfilment:PICKUP', balcao: 'fulfilment:PICKUP' },
  PAYMENT: { pix: 'pay:PIX', cartao: 'pay:CARD', credito: 'pay:CARD', debito: 'pay:CARD', dinheiro: 'pay:CASH', especie: 'pay:CASH' },
} as const satisfies Record<string, Record<string, string>>;

/** "sim" / "não" (first word), null when it is neither. */
export function yesNo(text: string): boolean | null {
  const first = plainWords(text).split(' ')[0] ?? '';
  return YES.has(first) ? true : NO.has(first) ? false : null;
}

/** "troco para 100", "R$ 50,00", "sem troco": centavos, null for no change, undefined when unreadable. */
function changeFor(text: string): number | null | undefined {
  const plain = plainWords(text);
  if (/\bsem troco\b|\bnao\b|\bnao precis/.test(plain) || plain === 'n') return null;
  return writtenReaisToCents(text);
}

/**
 * An amount as a Brazilian writes it: "1.000,00", "1.000", "100", "50,5", "100.00". A dot before
 * three digits groups thousands ("R$ 1.000,00" read as R$ 1,00 would tell the customer the change
 * must be more than the total); a comma or a dot before one or two digits starts the centavos.
 */
function writtenReaisToCents(text: string): number | undefined {
  const amount = /(\d{1,3}(?:\.\d{3})+|\d{1,6})(?:[.,](\d{1,2}))?(?!\d)/.exec(text.replace(/\s/g, ''));
  if (!amount) return undefined;
  return Number(amount[1].replace(/\./g, '')) * 100 + Number((amount[2] ?? '0').padEnd(2, '0'));
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
  // Only a phrase with an orderable quantity becomes this question (questionAbout).
  addLines(turn.context.cart, [{ productId, quantity: orderableQuantityOf(pending.word) ?? 1, optionIds: [], notes: null }]);
  turn.context.pending = questionAbout(turn.menu, pending.later ?? []);
  askNext(turn);
}

/** The line a correction naming no product is about, picked among those the last message added. */
function pickLine(turn: ChatTurn, line: number): void {
  const pending = turn.context.pending;
  if (pending?.kind !== 'PICK_LINE' || !pending.lines.includes(line)) return askNext(turn);
  turn.context.cart = correctLine(turn.context.cart, line, pending.quantity);
  turn.context.pending = null;
  askNext(turn);
}

/**
 * Which line a bare correction is about, typed as the product's name ("o guaraná", read by the
 * parser): false when the message names none, or several, of the lines asked about.
 */
export function answerLineNamed(turn: ChatTurn, productIds: readonly string[]): boolean {
  const pending = turn.context.pending;
  if (pending?.kind !== 'PICK_LINE') return false;
  const matches = pending.lines.filter((line) => productIds.includes(turn.context.cart[line]?.productId ?? ''));
  if (matches.length !== 1) return false;
  pickLine(turn, matches[0]);
  return true;
}

function cancelOrder(turn: ChatTurn): void {
  Object.assign(turn.context, emptyContext());
  turn.text('CHAT_CANCELLED');
}

/**
 * "cancela": the order being built is dropped; one already placed may be in the kitchen or paid, so
 * the bot does not cancel it but calls a person, who can.
 */
export function onCancel(turn: ChatTurn): void {
  if (turn.context.cart.length > 0 || turn.context.pending) return cancelOrder(turn);
  const placed = latestChatOrder(turn.tx.db, turn.conversation.id);
  const order = placed ? getOrder(turn.tx.db, placed.orderId) : null;
  if (!order) return turn.text('CHAT_STATUS_NONE');
  turn.text('CHAT_CANCEL_PLACED', { number: order.number });
  turn.handOver();
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
      answerFee(turn, address, pending.resume ?? null);
      return true;
    case 'FULFILMENT':
    case 'PAYMENT': {
      // Typed as the button's word ("entrega", "pix"): the same as the tap.
      const choices: Record<string, string> = TYPED_CHOICES[pending.kind];
      const replyId = plainWords(text).split(' ').map((word) => choices[word]).find(Boolean);
      if (!replyId) return false;
      onReply(turn, replyId);
      return true;
    }
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
      const optionId = turn.menu.optionNamed(turn.context.cart[pending.line]?.productId ?? '', pending.groupId, text);
      if (!optionId) return false;
      chooseOption(turn, optionId);
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

/**
 * The fee for an address, then the question the order was waiting on: the fee came in between, so
 * it is asked again (the next step when none was pending).
 */
export function answerFee(turn: ChatTurn, address: DeliveryAddress, resume: PendingQuestion | null): void {
  sendDeliveryFee(turn, address);
  turn.context.pending = resume;
  if (resume || turn.context.cart.length > 0) askNext(turn);
}

/** "qual a taxa de entrega pra Pinheiros?": the fee at once when an address is written, else asked for. */
export function asksDeliveryFee(turn: ChatTurn, text: string): boolean {
  const plain = plainWords(text);
  if (!/\b(taxa|frete)\b/.test(plain)) return false;
  // Asked again while the fee question waits: the question behind it is still the one to come back to.
  const pending = turn.context.pending;
  const resume = pending?.kind === 'FEE_ADDRESS' ? (pending.resume ?? null) : pending;
  if (CEP.test(text) || plain.split(' ').length > 5) {
    answerFee(turn, { text, latitude: null, longitude: null }, resume);
  } else {
    turn.context.pending = { kind: 'FEE_ADDRESS', resume };
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
      addLines(context.cart, [{ productId: value, quantity: 1, optionIds: [], notes: null }]);
      return askNext(turn);
    case 'pick':
      return pickProduct(turn, value);
    case 'line':
      return pickLine(turn, Number(value));
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
