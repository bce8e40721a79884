import { buildAccessKey } from '../nfce/access-key.js';
import { DEFAULT_TIME_ZONE, HOMOLOGATION_CONSUMER, NFE_NAMESPACE, type BuiltNfce } from '../nfce/build-nfce-xml.js';
import { computeSale } from '../nfce/compute-sale.js';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { ufCode } from '../nfce/uf-codes.js';
import { addressXml, emitXml, ideXml } from '../nfce/xml-header.js';
import { detXml } from '../nfce/xml-items.js';
import { pagXml } from '../nfce/xml-payments.js';
import { totalXml } from '../nfce/xml-totals.js';
import { formatLocalDateTime, localYearMonth } from '../shared/local-datetime.js';
import { cleanText, el, group } from '../shared/xml-text.js';
import { assertBuyerInState, type NfeBuyer } from './buyer.js';

export const NFE_MODEL = 55;

export interface NfeIdentity {
  series: number;
  number: number;
  randomCode: string;
  issuedAt: Date;
}

/** dest (group E): the company with its address and IE (indIEDest 1 contributor, 2 exempt). */
function destXml(buyer: NfeBuyer, homologation: boolean): string {
  const exempt = buyer.ie === 'ISENTO';
  return group(
    'dest',
    el('CNPJ', buyer.cnpj) +
      el('xNome', homologation ? HOMOLOGATION_CONSUMER : cleanText(buyer.legalName, 60)) +
      addressXml('enderDest', { ...buyer.address, phone: buyer.phone }) +
      el('indIEDest', exempt ? 2 : 1) +
      el('IE', exempt ? undefined : buyer.ie) +
      el('email', buyer.email),
  );
}

/**
 * NF-e model 55 (layout 4.00) of a paid order for a company buyer inside the store's state: the same
 * items, taxes and payments as the NFC-e would carry, DANFE in portrait (tpImp 1), dest with the
 * buyer. Interstate sales (CFOP 6102, 6404, ... and DIFAL) are not issued from the till.
 */
export function buildNfe55Xml(config: EmitterConfig, sale: FiscalSale, buyer: NfeBuyer, identity: NfeIdentity): BuiltNfce {
  assertBuyerInState(buyer, config.address.uf);
  const computed = computeSale(sale, NFE_MODEL);
  const timeZone = config.timeZone ?? DEFAULT_TIME_ZONE;
  const issuedAtLocal = formatLocalDateTime(identity.issuedAt, timeZone);
  const accessKey = buildAccessKey({
    ufCode: ufCode(config.address.uf),
    yearMonth: localYearMonth(issuedAtLocal),
    cnpj: config.cnpj,
    model: NFE_MODEL,
    series: identity.series,
    number: identity.number,
    emissionType: 1,
    randomCode: identity.randomCode,
  });
  const homologation = config.environment === 'homologation';
  const taxReform = config.taxReformGroups === true;
  const ide = ideXml(
    config,
    { model: NFE_MODEL, series: identity.series, number: identity.number, randomCode: identity.randomCode, issuedAtLocal, accessKey, emissionType: 1, printType: 1 },
    timeZone,
  );
  const infNFe =
    ide +
    emitXml(config) +
    destXml(buyer, homologation) +
    detXml(computed.items, false, taxReform) +
    totalXml(computed, taxReform) +
    // A delivery fee the store charged is freight it contracted (CIF, 0); otherwise no transport (9).
    group('transp', el('modFrete', computed.freightCents > 0 ? 0 : 9)) +
    pagXml(sale.payments, computed) +
    group('infAdic', el('infCpl', cleanText(`PEDIDO ${sale.orderId}`, 5000)));
  const xml = `<NFe xmlns="${NFE_NAMESPACE}">${group('infNFe', infNFe, `Id="NFe${accessKey}" versao="4.00"`)}</NFe>`;
  return { accessKey, xml, computed, issuedAtLocal, emissionType: 1 };
}
