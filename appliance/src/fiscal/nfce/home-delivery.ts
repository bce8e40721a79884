import { cleanText, el, group } from '../shared/xml-text.js';
import type { ComputedSale } from './compute-sale.js';
import type { EmitterConfig } from './emitter-config.js';
import type { RecipientAddress } from './xml-header.js';
import type { DeliveryRecipient, FiscalSale } from './sale-types.js';

/** indPres: the buyer in the store, or an NFC-e delivered to the customer's home. */
export const IN_PERSON = 1;
export const HOME_DELIVERY = 4;
/** modFrete: transport by the seller's own means (the store's courier), or no transport. */
const OWN_TRANSPORT_BY_SENDER = 3;
const NO_TRANSPORT = 9;
/** What SEFAZ writes for an address without a number. */
const WITHOUT_NUMBER = 'S/N';
const MIN_NAME_LENGTH = 2;

/**
 * The address an NFC-e declared a home delivery (indPres 4) gives as enderDest, or undefined when
 * the sale cannot be declared one. SEFAZ refuses a home delivery without an identified recipient
 * (787) or without the recipient's address (788), so a delivered sale needs the consumer's CPF/CNPJ
 * and a usable address: street and district, in the store's own city, since the NFC-e is an
 * operation inside the state (idDest 1) and the only IBGE city code the store knows is its own.
 */
export function homeDeliveryAddress(config: EmitterConfig, sale: FiscalSale, computed: ComputedSale): RecipientAddress | undefined {
  const identified = sale.consumerCpf !== undefined || sale.consumerCnpj !== undefined;
  if (computed.freightCents === 0 || !identified || !sale.delivery) return undefined;
  return recipientAddress(config, sale.delivery);
}

function recipientAddress(config: EmitterConfig, delivery: DeliveryRecipient): RecipientAddress | undefined {
  const street = cleanText(delivery.street, 60);
  const district = cleanText(delivery.district, 60);
  const inStoreCity = delivery.uf.toUpperCase() === config.address.uf && plainName(delivery.cityName) === plainName(config.address.cityName);
  if (street.length < MIN_NAME_LENGTH || district.length < MIN_NAME_LENGTH || !inStoreCity) return undefined;
  return {
    street,
    number: cleanText(delivery.number, 60) || WITHOUT_NUMBER,
    complement: cleanText(delivery.complement ?? '', 60) || undefined,
    district,
    cityCode: config.address.cityCode,
    cityName: config.address.cityName,
    uf: config.address.uf,
    cep: delivery.cep && /^\d{8}$/.test(delivery.cep) ? delivery.cep : undefined,
  };
}

/** A city name as people type it, without accents, case or extra spaces ("Sao  paulo" is São Paulo). */
function plainName(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/\s+/g, ' ').trim().toUpperCase();
}

/**
 * transp (group X). A home delivery goes with the store's own courier: own transport by the sender
 * (3; NT 2021.004 refuses "contracted by the sender", 0, when the carrier is the emitter itself)
 * and the store as the carrier, which the states that check rule 786 require. Any other NFC-e has
 * no transport (9): SEFAZ refuses a freight mode outside a home delivery (753).
 */
export function transpXml(config: EmitterConfig, homeDelivery: boolean): string {
  if (!homeDelivery) return group('transp', el('modFrete', NO_TRANSPORT));
  const carrier = group('transporta', el('CNPJ', config.cnpj) + el('xNome', cleanText(config.legalName, 60)));
  return group('transp', el('modFrete', OWN_TRANSPORT_BY_SENDER) + carrier);
}

/** The recipient's name for dest/xNome, when it is long enough to be one. */
export function recipientName(delivery: DeliveryRecipient | undefined): string | undefined {
  const name = cleanText(delivery?.name ?? '', 60);
  return name.length >= MIN_NAME_LENGTH ? name : undefined;
}
