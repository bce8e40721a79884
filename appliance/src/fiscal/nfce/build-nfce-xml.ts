import { formatLocalDateTime, localYearMonth } from '../shared/local-datetime.js';
import { cleanText, el, group } from '../shared/xml-text.js';
import { buildAccessKey } from './access-key.js';
import { computeSale, type ComputedSale } from './compute-sale.js';
import { tpAmb, type EmitterConfig } from './emitter-config.js';
import type { FiscalSale } from './sale-types.js';
import { ufCode } from './uf-codes.js';
import { detXml } from './xml-items.js';
import { pagXml } from './xml-payments.js';
import { totalXml } from './xml-totals.js';

export const NFE_NAMESPACE = 'http://www.portalfiscal.inf.br/nfe';
const HOMOLOGATION_CONSUMER = 'NF-E EMITIDA EM AMBIENTE DE HOMOLOGACAO - SEM VALOR FISCAL';
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
  const computed = computeSale(sale);
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

  const contingencyXml = identity.contingency
    ? el('dhCont', formatLocalDateTime(identity.contingency.enteredAt, timeZone)) +
      el('xJust', cleanText(identity.contingency.reason.padEnd(15, '.'), 256))
    : '';
  const ide = group(
    'ide',
    el('cUF', ufCode(config.address.uf)) +
      el('cNF', identity.randomCode) +
      el('natOp', 'VENDA') +
      el('mod', 65) +
      el('serie', config.series) +
      el('nNF', identity.number) +
      el('dhEmi', issuedAtLocal) +
      el('tpNF', 1) +
      el('idDest', 1) +
      el('cMunFG', config.address.cityCode) +
      el('tpImp', 4) +
      el('tpEmis', emissionType) +
      el('cDV', accessKey.slice(-1)) +
      el('tpAmb', tpAmb(config)) +
      el('finNFe', 1) +
      el('indFinal', 1) +
      el('indPres', 1) +
      el('procEmi', 0) +
      el('verProc', cleanText(config.softwareVersion ?? 'ChefiaPOS 0.1', 20)) +
      contingencyXml,
  );
  const address = config.address;
  const emit = group(
    'emit',
    el('CNPJ', config.cnpj) +
      el('xNome', cleanText(config.legalName, 60)) +
      el('xFant', config.tradeName ? cleanText(config.tradeName, 60) : undefined) +
      group(
        'enderEmit',
        el('xLgr', cleanText(address.street, 60)) +
          el('nro', cleanText(address.number, 60)) +
          el('xCpl', address.complement ? cleanText(address.complement, 60) : undefined) +
          el('xBairro', cleanText(address.district, 60)) +
          el('cMun', address.cityCode) +
          el('xMun', cleanText(address.cityName, 60)) +
          el('UF', address.uf) +
          el('CEP', address.cep) +
          el('cPais', 1058) +
          el('xPais', 'BRASIL') +
          el('fone', address.phone),
      ) +
      el('IE', config.ie) +
      el('CRT', config.crt),
  );
  const dest = sale.consumerCpf
    ? group('dest', el('CPF', sale.consumerCpf) + (homologation ? el('xNome', HOMOLOGATION_CONSUMER) : '') + el('indIEDest', 9))
    : '';
  const infNFe =
    ide +
    emit +
    dest +
    detXml(computed.items, homologation, taxReform) +
    totalXml(computed, taxReform) +
    group('transp', el('modFrete', 9)) +
    pagXml(sale.payments, computed) +
    (identity.contingency ? group('infAdic', el('infCpl', 'EMITIDA EM CONTINGENCIA')) : '');
  const xml = `<NFe xmlns="${NFE_NAMESPACE}">${group('infNFe', infNFe, `Id="NFe${accessKey}" versao="4.00"`)}</NFe>`;
  return { accessKey, xml, computed, issuedAtLocal, emissionType };
}
