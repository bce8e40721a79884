import type { Conversation, DeliveryAddress } from '../chat/index.js';
import { createDelivery, listZones, matchZone, type Delivery, type Destination } from '../delivery/index.js';
import type { Db } from '../kernel/db/open.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { formatBrl } from '../kernel/money.js';
import { plainWords } from './chat-cart.js';
import { hasTable } from './printing-consumer.js';
import { storeAddress } from './store-profile.js';

export interface ChatDeliveryQuote {
  zoneName: string;
  feeCents: number;
  minimumOrderCents: number;
  estimateMinutes: number;
}

const CEP = /\b(\d{5})-?(\d{3})\b/;

/**
 * A chat customer's address as a delivery destination. The customer writes it in one line (or
 * shares a location), so the line is kept whole as the street for the courier to read, with what
 * can be told from it: the CEP, the neighbourhood of a zone named in it, the coordinates. The
 * number stays empty: nothing in a typed line tells it apart reliably. A neighbourhood of one of
 * the store's zones is one of the store's own city (the zones list the districts its couriers
 * ride to), so the city and state are the store's: with them the NFC-e of a customer who gave a
 * CPF can be a home delivery. Otherwise they stay empty.
 */
export function chatDestination(db: Db, address: DeliveryAddress, recipient: { name: string; phone: string }): Destination {
  const written = ` ${plainWords(address.text)} `;
  const cep = CEP.exec(address.text);
  const district = listZones(db)
    .filter((zone) => zone.active && zone.kind === 'DISTRICT')
    .flatMap((zone) => zone.districts)
    .find((name) => written.includes(` ${plainWords(name)} `));
  const storeCity = district ? storeAddress(db) : null;
  return {
    street: address.text.trim().slice(0, 200),
    number: '',
    complement: null,
    district: district ?? '',
    city: storeCity?.city ?? '',
    state: storeCity?.uf ?? '',
    postalCode: cep ? `${cep[1]}${cep[2]}` : '',
    reference: null,
    latitude: address.latitude,
    longitude: address.longitude,
    recipientName: recipient.name.slice(0, 120),
    phone: recipient.phone.slice(0, 40),
  };
}

/**
 * The delivery zone of an address as a customer types it, or of a shared location: the CEP in the
 * text, else a neighbourhood of a zone named in it, else the distance of the location. Null
 * outside the delivery area (or without own delivery installed).
 */
export function quoteChatDelivery(db: Db, address: DeliveryAddress): ChatDeliveryQuote | null {
  if (!hasTable({ db }, 'delivery_zones')) return null;
  const match = matchZone(db, chatDestination(db, address, { name: '', phone: '' }));
  return match
    ? { zoneName: match.zone.name, feeCents: match.zone.feeCents, minimumOrderCents: match.zone.minimumOrderCents, estimateMinutes: match.zone.estimateMinutes }
    : null;
}

/**
 * The fee a chat delivery order is placed with: the zone's fee now (the one the summary showed,
 * unless the zone changed meanwhile). A refusal (no longer in the area, below the zone's minimum)
 * is raised before anything is written, so the conversation hands over with nothing half-made.
 */
export function chatDeliveryFee(db: Db, address: DeliveryAddress, goodsCents: number): number {
  const quote = quoteChatDelivery(db, address);
  if (!quote) throw businessRule('DELIVERY_OUT_OF_AREA', { postalCode: null });
  if (goodsCents < quote.minimumOrderCents) {
    throw businessRule('DELIVERY_BELOW_MINIMUM', { minimumOrderCents: quote.minimumOrderCents }, { zone: quote.zoneName, minimum: formatBrl(quote.minimumOrderCents) });
  }
  return quote.feeCents;
}

/**
 * The store's delivery record of a chat order, in the order's transaction: the sealed address,
 * the zone, what the courier collects at the door (the order's total, fee included, unless paid
 * by PIX) and the change to take, so dispatch, the route slip and the couriers' settlement treat
 * it like any other delivery.
 */
export function createChatDelivery(
  tx: CommandTx,
  input: { orderId: string; businessDate: string; goodsCents: number; deliveryFeeCents: number; conversation: Conversation; address: DeliveryAddress; paymentMethod: 'PIX' | 'CARD' | 'CASH'; changeForCents: number | null },
): Delivery {
  const { conversation } = input;
  const recipient = { name: conversation.profileName ?? '', phone: conversation.channel === 'WHATSAPP' ? `+${conversation.userId}` : '' };
  return createDelivery(tx, {
    orderId: input.orderId,
    businessDate: input.businessDate,
    orderTotalCents: input.goodsCents,
    // The fee is in the chat order's total: the PIX pays it, the door does not collect it again.
    feeInOrderCents: input.deliveryFeeCents,
    destination: chatDestination(tx.db, input.address, recipient),
    // PIX is paid before the order leaves; cash and card (the courier's machine) at the door.
    payment: { prepaid: input.paymentMethod === 'PIX', method: input.paymentMethod, changeForCents: input.changeForCents },
  });
}
