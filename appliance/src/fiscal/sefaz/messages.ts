import { AppError } from '../../kernel/errors.js';
import { cleanText, el, group } from '../shared/xml-text.js';
import type { A1Certificate } from '../signing/certificate.js';
import { signElement } from '../signing/sign-xml.js';
import { NFE_NAMESPACE } from '../nfce/build-nfce-xml.js';

const ns = `xmlns="${NFE_NAMESPACE}"`;

function stripDeclaration(xml: string): string {
  return xml.replace(/^<\?xml[^>]*\?>\s*/, '');
}

/** Batch with one NFC-e, synchronous processing (indSinc=1). */
export function enviNFeXml(lotId: string, signedNfe: string, synchronous = true): string {
  return `<enviNFe ${ns} versao="4.00">${el('idLote', lotId)}${el('indSinc', synchronous ? 1 : 0)}${stripDeclaration(signedNfe)}</enviNFe>`;
}

export function consReciNFeXml(environment: 1 | 2, receipt: string): string {
  return `<consReciNFe ${ns} versao="4.00">${el('tpAmb', environment)}${el('nRec', receipt)}</consReciNFe>`;
}

export function consStatServXml(environment: 1 | 2, ufCode: number): string {
  return `<consStatServ ${ns} versao="4.00">${el('tpAmb', environment)}${el('cUF', ufCode)}${el('xServ', 'STATUS')}</consStatServ>`;
}

export function consSitNFeXml(environment: 1 | 2, accessKey: string): string {
  return `<consSitNFe ${ns} versao="4.00">${el('tpAmb', environment)}${el('xServ', 'CONSULTAR')}${el('chNFe', accessKey)}</consSitNFe>`;
}

export interface InutilizationRequest {
  environment: 1 | 2;
  ufCode: number;
  year: number; // 2-digit year of the numbers
  cnpj: string;
  model: 55 | 65;
  series: number;
  firstNumber: number;
  lastNumber: number;
  justification: string; // 15..255 chars
}

export function inutNFeXml(request: InutilizationRequest, certificate: A1Certificate): string {
  const yy = String(request.year % 100).padStart(2, '0');
  const id =
    'ID' +
    String(request.ufCode).padStart(2, '0') +
    yy +
    request.cnpj +
    String(request.model) +
    String(request.series).padStart(3, '0') +
    String(request.firstNumber).padStart(9, '0') +
    String(request.lastNumber).padStart(9, '0');
  const inf = group(
    'infInut',
    el('tpAmb', request.environment) +
      el('xServ', 'INUTILIZAR') +
      el('cUF', request.ufCode) +
      el('ano', yy) +
      el('CNPJ', request.cnpj) +
      el('mod', request.model) +
      el('serie', request.series) +
      el('nNFIni', request.firstNumber) +
      el('nNFFin', request.lastNumber) +
      el('xJust', justification(request.justification)),
    `Id="${id}"`,
  );
  return signElement(`<inutNFe ${ns} versao="4.00">${inf}</inutNFe>`, 'infInut', certificate);
}

export interface CancellationRequest {
  environment: 1 | 2;
  ufCode: number; // cOrgao
  cnpj: string;
  accessKey: string;
  protocol: string; // nProt of the authorization
  justification: string;
  at: string; // dhEvento, local time with offset
  sequence?: number;
}

/** envEvento with one cancellation event (tpEvento 110111). */
export function cancellationEventXml(lotId: string, request: CancellationRequest, certificate: A1Certificate): string {
  const sequence = request.sequence ?? 1;
  const id = `ID110111${request.accessKey}${String(sequence).padStart(2, '0')}`;
  const inf = group(
    'infEvento',
    el('cOrgao', request.ufCode) +
      el('tpAmb', request.environment) +
      el('CNPJ', request.cnpj) +
      el('chNFe', request.accessKey) +
      el('dhEvento', request.at) +
      el('tpEvento', '110111') +
      el('nSeqEvento', sequence) +
      el('verEvento', '1.00') +
      group('detEvento', el('descEvento', 'Cancelamento') + el('nProt', request.protocol) + el('xJust', justification(request.justification)), 'versao="1.00"'),
    `Id="${id}"`,
  );
  const evento = signElement(`<evento ${ns} versao="1.00">${inf}</evento>`, 'infEvento', certificate);
  return `<envEvento ${ns} versao="1.00">${el('idLote', lotId)}${evento}</envEvento>`;
}

function justification(text: string): string {
  const clean = cleanText(text, 255);
  if (clean.length < 15) throw new AppError('FISCAL_JUSTIFICATION_INVALID', 400);
  return clean;
}

/** nfeProc: the signed NFe with SEFAZ's authorization protocol, the document to archive. */
export function procNFeXml(signedNfe: string, protNFe: string): string {
  return `<nfeProc ${ns} versao="4.00">${stripDeclaration(signedNfe)}${protNFe}</nfeProc>`;
}
