import { formatLocalDateTime, sefazInstantIso } from '../shared/local-datetime.js';
import { DEFAULT_TIME_ZONE, NFE_NAMESPACE } from '../nfce/build-nfce-xml.js';
import { firstElement, firstTagText, unescapeXml } from '../shared/xml-text.js';
import { getDocument, toSummary, updateDocument, type FiscalDocumentSummary } from '../store/documents.js';
import { DOCUMENT_AGGREGATE, type FiscalContext } from './context.js';
import { FiscalOperationError } from './errors.js';

/** NFC-e cancellation window most states apply (Ajuste SINIEF 19/16: 30 minutes). */
export const DEFAULT_CANCELLATION_WINDOW_MINUTES = 30;

/** 135 event registered; 155 registered out of time (the state still accepts it). */
const REGISTERED = new Set([135, 155]);
/** "Duplicidade de Evento": this cancellation is registered already (a retry whose first answer was lost). */
const DUPLICATE_EVENT = 573;
const CANCELLATION_EVENT = '110111';
const NFE_MODEL = 55;

/** A cancellation SEFAZ registered: its protocol and the procEventoNFe the accountant keeps. */
interface RegisteredCancellation {
  protocol: string;
  procEvento: string;
  justification: string;
  registeredAt: string | undefined;
}

/** A procEventoNFe cut out of retConsSitNFe inherited its namespace there; stored alone it declares it. */
function standalone(procEvento: string): string {
  return /^<procEventoNFe[^>]*\sxmlns=/.test(procEvento) ? procEvento : procEvento.replace('<procEventoNFe', `<procEventoNFe xmlns="${NFE_NAMESPACE}"`);
}

/** The cancellation SEFAZ holds for the key: NFeConsultaProtocolo4 lists the key's events (procEventoNFe). */
async function cancellationOnFile(ctx: FiscalContext, accessKey: string): Promise<RegisteredCancellation | undefined> {
  const situation = await ctx.client.situation(accessKey);
  for (const procEvento of situation.events) {
    const answer = firstElement(procEvento, 'retEvento');
    const protocol = answer && firstTagText(answer, 'nProt');
    if (firstTagText(procEvento, 'tpEvento') !== CANCELLATION_EVENT || !protocol || !REGISTERED.has(Number(firstTagText(answer, 'cStat')))) continue;
    return { protocol, procEvento: standalone(procEvento), justification: unescapeXml(firstTagText(procEvento, 'xJust') ?? ''), registeredAt: firstTagText(answer, 'dhRegEvento') };
  }
  return undefined;
}

/** Sends event 110111; a duplicate (573) is the same cancellation registered before, read back from SEFAZ. */
async function registerCancellation(ctx: FiscalContext, row: { access_key: string; protocol: string }, justification: string, now: Date): Promise<RegisteredCancellation> {
  const result = await ctx.client.cancel(String(Date.now() % 1e15), {
    accessKey: row.access_key,
    protocol: row.protocol,
    justification,
    at: formatLocalDateTime(now, ctx.config.timeZone ?? DEFAULT_TIME_ZONE),
  });
  if (REGISTERED.has(result.cStat) && result.protocol && result.retEventoXml) {
    const evento = firstElement(result.requestXml, 'evento')!;
    const procEvento = `<procEventoNFe xmlns="${NFE_NAMESPACE}" versao="1.00">${evento}${result.retEventoXml}</procEventoNFe>`;
    return { protocol: result.protocol, procEvento, justification, registeredAt: firstTagText(result.retEventoXml, 'dhRegEvento') };
  }
  const onFile = result.cStat === DUPLICATE_EVENT || REGISTERED.has(result.cStat) ? await cancellationOnFile(ctx, row.access_key) : undefined;
  if (!onFile) throw new FiscalOperationError('FISCAL_CANCELLATION_REFUSED', 422, { cStat: result.cStat, xMotivo: result.xMotivo });
  return onFile;
}

/** The refusal names the note and its window: an NF-e's is counted in hours, an NFC-e's in minutes. */
function windowExpired(row: { model: number; authorized_at: string | null }, windowMinutes: number): FiscalOperationError {
  const params: Record<string, number> = row.model === NFE_MODEL ? { hours: Math.floor(windowMinutes / 60) } : { minutes: windowMinutes };
  const messageKey = row.model === NFE_MODEL ? 'FISCAL_NFE_CANCELLATION_WINDOW_EXPIRED' : 'FISCAL_CANCELLATION_WINDOW_EXPIRED';
  return new FiscalOperationError('FISCAL_CANCELLATION_WINDOW_EXPIRED', 422, { authorizedAt: row.authorized_at, windowMinutes }, { messageKey, params });
}

/**
 * Cancels an authorized NFC-e / NF-e (event 110111) within the legal window and stores
 * procEventoNFe; the event goes to the note's own model and environment.
 */
export async function cancelDocument(
  ctx: FiscalContext,
  documentId: string,
  justification: string,
  windowMinutes = DEFAULT_CANCELLATION_WINDOW_MINUTES,
): Promise<FiscalDocumentSummary> {
  const row = getDocument(ctx.db, documentId);
  if (!row) throw new FiscalOperationError('FISCAL_DOCUMENT_NOT_FOUND', 404);
  if (row.status !== 'AUTHORIZED' || !row.protocol) throw new FiscalOperationError('FISCAL_DOCUMENT_NOT_AUTHORIZED', 409, { status: row.status });
  const text = justification.trim();
  if (text.length < 15 || text.length > 255) throw new FiscalOperationError('FISCAL_JUSTIFICATION_INVALID', 400);
  const now = ctx.now();
  const authorizedAt = Date.parse(row.authorized_at!);
  if (now.getTime() - authorizedAt > windowMinutes * 60_000) throw windowExpired(row, windowMinutes);
  const cancellation = await registerCancellation({ ...ctx, client: ctx.client.forDocument(row) }, { access_key: row.access_key, protocol: row.protocol }, text, now);
  await ctx.commands.run('fiscal.record_cancellation', (tx) => {
    // Two cancellations racing: the second finds the first recorded.
    if (getDocument(tx.db, row.id)!.status !== 'AUTHORIZED') return;
    updateDocument(tx.db, row.id, { status: 'CANCELLED', cancel_protocol: cancellation.protocol, cancel_xml: cancellation.procEvento, cancelled_at: sefazInstantIso(cancellation.registeredAt, tx.nowIso) }, tx.nowIso);
    tx.emit({
      type: 'fiscal.document_cancelled',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      payload: { documentId: row.id, orderId: row.order_id, number: row.number, accessKey: row.access_key, protocol: cancellation.protocol, justification: cancellation.justification },
    });
  });
  return toSummary(getDocument(ctx.db, row.id)!);
}
