import { el, group } from '../shared/xml-text.js';

const ns = 'xmlns="http://www.portalfiscal.inf.br/nfe"';
export const SIMULATOR_VERSION = 'CHEFIA-SIM-1.0';

export interface ProtocolData {
  environment: string;
  accessKey: string;
  receivedAt: string;
  protocol?: string;
  digestValue?: string;
  cStat: number;
  xMotivo: string;
}

export function protNFe(p: ProtocolData): string {
  return group(
    'protNFe',
    group(
      'infProt',
      el('tpAmb', p.environment) +
        el('verAplic', SIMULATOR_VERSION) +
        el('chNFe', p.accessKey) +
        el('dhRecbto', p.receivedAt) +
        el('nProt', p.protocol) +
        el('digVal', p.digestValue) +
        el('cStat', p.cStat) +
        el('xMotivo', p.xMotivo),
    ),
    'versao="4.00"',
  );
}

export function retEnviNFe(environment: string, uf: string, cStat: number, xMotivo: string, at: string, body = ''): string {
  return `<retEnviNFe ${ns} versao="4.00">${el('tpAmb', environment)}${el('verAplic', SIMULATOR_VERSION)}${el('cStat', cStat)}${el('xMotivo', xMotivo)}${el('cUF', uf)}${el('dhRecbto', at)}${body}</retEnviNFe>`;
}

export function infRec(receipt: string): string {
  return group('infRec', el('nRec', receipt) + el('tMed', 1));
}

export function retConsReciNFe(environment: string, uf: string, receipt: string, cStat: number, xMotivo: string, at: string, body = ''): string {
  return `<retConsReciNFe ${ns} versao="4.00">${el('tpAmb', environment)}${el('verAplic', SIMULATOR_VERSION)}${el('nRec', receipt)}${el('cStat', cStat)}${el('xMotivo', xMotivo)}${el('cUF', uf)}${el('dhRecbto', at)}${body}</retConsReciNFe>`;
}

export function retConsSitNFe(environment: string, uf: string, accessKey: string, cStat: number, xMotivo: string, at: string, body = ''): string {
  return `<retConsSitNFe ${ns} versao="4.00">${el('tpAmb', environment)}${el('verAplic', SIMULATOR_VERSION)}${el('cStat', cStat)}${el('xMotivo', xMotivo)}${el('cUF', uf)}${el('dhRecbto', at)}${el('chNFe', accessKey)}${body}</retConsSitNFe>`;
}

export function retConsStatServ(environment: string, uf: string, cStat: number, xMotivo: string, at: string): string {
  return `<retConsStatServ ${ns} versao="4.00">${el('tpAmb', environment)}${el('verAplic', SIMULATOR_VERSION)}${el('cStat', cStat)}${el('xMotivo', xMotivo)}${el('cUF', uf)}${el('dhRecbto', at)}${el('tMed', 1)}</retConsStatServ>`;
}

export interface InutilizationAnswer {
  environment: string;
  uf: string;
  cStat: number;
  xMotivo: string;
  year?: string;
  cnpj?: string;
  model?: string;
  series?: string;
  first?: string;
  last?: string;
  at: string;
  protocol?: string;
}

export function retInutNFe(a: InutilizationAnswer): string {
  const inf =
    el('tpAmb', a.environment) +
    el('verAplic', SIMULATOR_VERSION) +
    el('cStat', a.cStat) +
    el('xMotivo', a.xMotivo) +
    el('cUF', a.uf) +
    (a.cStat === 102
      ? el('ano', a.year) + el('CNPJ', a.cnpj) + el('mod', a.model) + el('serie', a.series) + el('nNFIni', a.first) + el('nNFFin', a.last) + el('dhRecbto', a.at) + el('nProt', a.protocol)
      : el('dhRecbto', a.at));
  return `<retInutNFe ${ns} versao="4.00">${group('infInut', inf)}</retInutNFe>`;
}

export interface EventAnswer {
  environment: string;
  uf: string;
  lotId: string;
  cStat: number;
  xMotivo: string;
  accessKey?: string;
  sequence?: string;
  at: string;
  protocol?: string;
}

export function retEnvEvento(a: EventAnswer): string {
  const registered = a.cStat === 135 || a.cStat === 136 || a.cStat === 155;
  const inf =
    el('tpAmb', a.environment) +
    el('verAplic', SIMULATOR_VERSION) +
    el('cOrgao', a.uf) +
    el('cStat', a.cStat) +
    el('xMotivo', a.xMotivo) +
    el('chNFe', a.accessKey) +
    (registered ? el('tpEvento', '110111') + el('xEvento', 'Cancelamento registrado') + el('nSeqEvento', a.sequence) : '') +
    el('dhRegEvento', a.at) +
    el('nProt', registered ? a.protocol : undefined);
  return (
    `<retEnvEvento ${ns} versao="1.00">${el('idLote', a.lotId)}${el('tpAmb', a.environment)}${el('verAplic', SIMULATOR_VERSION)}${el('cOrgao', a.uf)}` +
    `${el('cStat', 128)}${el('xMotivo', 'Lote de Evento Processado')}${group('retEvento', group('infEvento', inf), 'versao="1.00"')}</retEnvEvento>`
  );
}

/** An event as SEFAZ keeps it (the signed evento with its retEvento), listed by retConsSitNFe. */
export function procEventoNFe(evento: string, retEvento: string): string {
  return `<procEventoNFe versao="1.00">${evento}${retEvento}</procEventoNFe>`;
}
