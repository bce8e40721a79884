import { formatLocalDateTime, localYearMonth } from '../shared/local-datetime.js';
import { el, group } from '../shared/xml-text.js';
import { buildAccessKey } from './access-key.js';
import { computeSale, type ComputedSale } from './compute-sale.js';
import type { EmitterConfig } from './emitter-config.js';
import type { FiscalSale } from './sale-types.js';
import { ufCode } from './uf-codes.js';
import { HOME_DELIVERY, homeDeliveryAddress, IN_PERSON, recipientName, transpXml } from './home-delivery.js';
import { addressXml, emitXml, ideXml, type RecipientAddress } from './xml-header.js';
import { detXml } from './xml-items.js';
import { pagXml } from './xml-payments.js';
import { totalXml } from './xml-totals.js';

export const NFE_NAMESPACE = 'http://www.portalfiscal.inf.br/nfe';
export const HOMOLOGATION_CONSUMER = 'NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL';
export const DEFAULT_TIME_ZONE = 'America/Sao_Paulo';

export interface NfceIdentity {
  number: number;
  randomCode: string; // cNF
  issuedAt: Date; // dhEmi
  /** Present when issued in offline contingency (tpEmis 9). */
  contingency?: { enteredAt: Date; reason: string };
}

export interface BuiltNfce {
  accessKey: string;
  /** Unsigned `<NFe>` with `<infNFe Id="NFe...">`. */
  xml: string;
  computed: ComputedSale;
  issuedAtLocal: string;
  emissionType: 1 | 9;
}

export function buildNfceXml(config: EmitterConfig, sale: FiscalSale, identity: NfceIdentity): BuiltNfce {
  const computed = computeSale(sale, 65);
  const homeDelivery = homeDeliveryAddress(config, sale, computed);
  const timeZone = config.timeZone ?? DEFAULT_TIME_ZONE;
  const issuedAtLocal = formatLocalDateTime(identity.issuedAt, timeZone);
  const emissionType: 1 | 9 = identity.contingency ? 9 : 1;
  const accessKey = buildAccessKey({
    ufCode: ufCode(config.address.uf),
    yearMonth: localYearMonth(issuedAtLocal),
    cnpj: config.cnpj,
    model: 65,
    series: config.series,
    number: identity.number,
    emissionType,
    randomCode: identity.randomCode,
  });
  const homologation = config.environment === 'homologation';
  const taxReform = config.taxReformGroups === true;

  const ide = ideXml(
    config,
    { model: 65, series: config.series, number: identity.number, randomCode: identity.randomCode, issuedAtLocal, accessKey, emissionType, printType: 4, contingency: identity.contingency, presence: homeDelivery ? HOME_DELIVERY : IN_PERSON },
    timeZone,
  );
  const infNFe =
    ide +
    emitXml(config) +
    consumerDestXml(sale, homologation, homeDelivery) +
    detXml(computed.items, homologation, taxReform) +
    totalXml(computed, taxReform) +
    transpXml(config, homeDelivery !== undefined) +
    pagXml(sale.payments, computed) +
    (identity.contingency ? group('infAdic', el('infCpl', 'EMITIDA EM CONTINGENCIA')) : '');
  const xml = `<NFe xmlns="${NFE_NAMESPACE}">${group('infNFe', infNFe, `Id="NFe${accessKey}" versao="4.00"`)}</NFe>`;
  return { accessKey, xml, computed, issuedAtLocal, emissionType };
}

/**
 * dest (group E) of the consumer who gave a CPF/CNPJ, a non-contributor (indIEDest 9); a home
 * delivery adds the recipient's name and address. In homologação xNome is SEFAZ's fixed text.
 */
function consumerDestXml(sale: FiscalSale, homologation: boolean, homeDelivery: RecipientAddress | undefined): string {
  const consumerId = sale.consumerCpf ? el('CPF', sale.consumerCpf) : sale.consumerCnpj ? el('CNPJ', sale.consumerCnpj) : '';
  if (!consumerId) return '';
  const name = homologation ? HOMOLOGATION_CONSUMER : homeDelivery ? recipientName(sale.delivery) : undefined;
  return group('dest', consumerId + el('xNome', name) + (homeDelivery ? addressXml('enderDest', homeDelivery) : '') + el('indIEDest', 9));
}
