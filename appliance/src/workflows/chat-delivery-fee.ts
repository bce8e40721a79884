import type { DeliveryAddress } from '../chat/index.js';
import { listZones, matchZone } from '../delivery/index.js';
import type { Db } from '../kernel/db/open.js';
import { plainWords } from './chat-cart.js';
import { hasTable } from './printing-consumer.js';

export interface ChatDeliveryQuote {
  zoneName: string;
  feeCents: number;
  estimateMinutes: number;
}

const CEP = /\b(\d{5})-?(\d{3})\b/;

/**
 * The delivery zone of an address as a customer types it, or of a shared location: the CEP in the
 * text, else a neighbourhood of a zone named in it, else the distance of the location. Null
 * outside the delivery area (or without own delivery installed).
 */
export function quoteChatDelivery(db: Db, address: DeliveryAddress): ChatDeliveryQuote | null {
  if (!hasTable({ db }, 'delivery_zones')) return null;
  const written = ` ${plainWords(address.text)} `;
  const cep = CEP.exec(address.text);
  const district = listZones(db)
    .filter((zone) => zone.active && zone.kind === 'DISTRICT')
    .flatMap((zone) => zone.districts)
    .find((name) => written.includes(` ${plainWords(name)} `));
  const match = matchZone(db, {
    street: '', number: '', complement: null, city: '', state: '', reference: null,
    district: district ?? '',
    postalCode: cep ? `${cep[1]}${cep[2]}` : '',
    latitude: address.latitude,
    longitude: address.longitude,
  });
  return match ? { zoneName: match.zone.name, feeCents: match.zone.feeCents, estimateMinutes: match.zone.estimateMinutes } : null;
}
