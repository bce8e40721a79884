import { formatLocalDateTime } from '../shared/local-datetime.js';
import { cleanText, el, group } from '../shared/xml-text.js';
import { tpAmb, type EmitterAddress, type EmitterConfig } from './emitter-config.js';
import { ufCode } from './uf-codes.js';

export interface IdeFields {
  model: 55 | 65;
  series: number;
  number: number;
  randomCode: string;
  issuedAtLocal: string;
  accessKey: string;
  emissionType: 1 | 9;
  /** 4 DANFE NFC-e (receipt), 1 DANFE portrait (A4). */
  printType: 1 | 4;
  contingency?: { enteredAt: Date; reason: string };
  /** indPres: 1 in the store (default), 4 NFC-e delivered to the customer's home. */
  presence?: 1 | 4;
}

/** ide (group B) of an NF-e / NFC-e sale inside the state. */
export function ideXml(config: EmitterConfig, fields: IdeFields, timeZone: string): string {
  const contingencyXml = fields.contingency
    ? el('dhCont', formatLocalDateTime(fields.contingency.enteredAt, timeZone)) + el('xJust', cleanText(fields.contingency.reason.padEnd(15, '.'), 256))
    : '';
  return group(
    'ide',
    el('cUF', ufCode(config.address.uf)) +
      el('cNF', fields.randomCode) +
      el('natOp', 'VENDA') +
      el('mod', fields.model) +
      el('serie', fields.series) +
      el('nNF', fields.number) +
      el('dhEmi', fields.issuedAtLocal) +
      el('tpNF', 1) +
      el('idDest', 1) +
      el('cMunFG', config.address.cityCode) +
      el('tpImp', fields.printType) +
      el('tpEmis', fields.emissionType) +
      el('cDV', fields.accessKey.slice(-1)) +
      el('tpAmb', tpAmb(config)) +
      el('finNFe', 1) +
      el('indFinal', 1) +
      el('indPres', fields.presence ?? 1) +
      el('procEmi', 0) +
      el('verProc', cleanText(config.softwareVersion ?? 'ChefiaPOS 0.1', 20)) +
      contingencyXml,
  );
}

/** A recipient's address (enderDest): the CEP may be unknown. */
export type RecipientAddress = Omit<EmitterAddress, 'cep'> & { cep?: string };

/** enderEmit / enderDest: an address in Brazil. */
export function addressXml(tag: 'enderEmit' | 'enderDest', address: RecipientAddress): string {
  return group(
    tag,
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
  );
}

/** emit (group C): the store as registered with SEFAZ. */
export function emitXml(config: EmitterConfig): string {
  return group(
    'emit',
    el('CNPJ', config.cnpj) +
      el('xNome', cleanText(config.legalName, 60)) +
      el('xFant', config.tradeName ? cleanText(config.tradeName, 60) : undefined) +
      addressXml('enderEmit', config.address) +
      el('IE', config.ie) +
      el('CRT', config.crt),
  );
}
