import { firstElement, firstTagText } from '../shared/xml-text.js';

export interface ProtocolResult {
  cStat: number;
  xMotivo: string;
  accessKey?: string;
  protocol?: string; // nProt
  receivedAt?: string; // dhRecbto
  /** The whole <protNFe> element, to build the nfeProc. */
  protNFeXml?: string;
}

export interface AuthorizationResult {
  lotStatus: number;
  lotMessage: string;
  receipt?: string; // nRec (asynchronous processing)
  averageSeconds?: number; // tMed: the lot's expected processing time
  document?: ProtocolResult;
}

const number = (value: string | undefined) => (value === undefined ? NaN : Number(value));

function protocolOf(xml: string): ProtocolResult | undefined {
  const prot = firstElement(xml, 'protNFe');
  if (!prot) return undefined;
  return {
    cStat: number(firstTagText(prot, 'cStat')),
    xMotivo: firstTagText(prot, 'xMotivo') ?? '',
    accessKey: firstTagText(prot, 'chNFe'),
    protocol: firstTagText(prot, 'nProt'),
    receivedAt: firstTagText(prot, 'dhRecbto'),
    protNFeXml: prot,
  };
}

/** retEnviNFe (NFeAutorizacao4) or retConsReciNFe (NFeRetAutorizacao4). */
export function parseAuthorization(xml: string): AuthorizationResult {
  // The lot's own cStat precedes protNFe; read it from the text before the first protNFe.
  const head = xml.split(/<(?:\w+:)?protNFe[\s>]/)[0];
  return {
    lotStatus: number(firstTagText(head, 'cStat')),
    lotMessage: firstTagText(head, 'xMotivo') ?? '',
    receipt: firstTagText(head, 'nRec'),
    averageSeconds: firstTagText(head, 'tMed') === undefined ? undefined : number(firstTagText(head, 'tMed')),
    document: protocolOf(xml),
  };
}

/** Every procEventoNFe of a retConsSitNFe: the events SEFAZ registered for the key (cancellation, ...). */
function eventsOf(xml: string): string[] {
  const events: string[] = [];
  let rest = xml;
  for (let event = firstElement(rest, 'procEventoNFe'); event; event = firstElement(rest, 'procEventoNFe')) {
    events.push(event);
    rest = rest.slice(rest.indexOf(event) + event.length);
  }
  return events;
}

/** retConsSitNFe (NFeConsultaProtocolo4). */
export function parseSituation(xml: string): ProtocolResult & { document?: ProtocolResult; events: string[] } {
  const head = xml.split(/<(?:\w+:)?protNFe[\s>]/)[0];
  return { cStat: number(firstTagText(head, 'cStat')), xMotivo: firstTagText(head, 'xMotivo') ?? '', document: protocolOf(xml), events: eventsOf(xml) };
}

export interface SimpleResult {
  cStat: number;
  xMotivo: string;
  protocol?: string;
  xml: string;
}

/** retConsStatServ, retInutNFe: the first cStat/xMotivo/nProt. */
export function parseSimple(xml: string): SimpleResult {
  return {
    cStat: number(firstTagText(xml, 'cStat')),
    xMotivo: firstTagText(xml, 'xMotivo') ?? '',
    protocol: firstTagText(xml, 'nProt'),
    xml,
  };
}

/** retEnvEvento: the lot status and the (single) retEvento's status. */
export function parseEventResult(xml: string): SimpleResult & { lotStatus: number; retEventoXml?: string } {
  const retEvento = firstElement(xml, 'retEvento');
  const head = xml.split(/<(?:\w+:)?retEvento[\s>]/)[0];
  const inner = retEvento ? parseSimple(retEvento) : { cStat: NaN, xMotivo: '', protocol: undefined };
  return { lotStatus: number(firstTagText(head, 'cStat')), cStat: inner.cStat, xMotivo: inner.xMotivo, protocol: inner.protocol, xml, retEventoXml: retEvento };
}

/** SEFAZ puts the conflicting document's data in xMotivo: "[chNFe:...][nProt:...]". */
export function bracketField(message: string, field: string): string | undefined {
  return new RegExp(`\\[${field}:\\s*([^\\]]+)\\]`).exec(message)?.[1]?.trim();
}
