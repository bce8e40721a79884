import { formatLocalDateTime } from '../shared/local-datetime.js';
import { DEFAULT_TIME_ZONE } from '../nfce/build-nfce-xml.js';
import { firstElement } from '../shared/xml-text.js';
import { getDocument, toSummary, updateDocument, type FiscalDocumentSummary } from '../store/documents.js';
import { DOCUMENT_AGGREGATE, type FiscalContext } from './context.js';
import { FiscalOperationError } from './errors.js';

/** NFC-e cancellation window most states apply (Ajuste SINIEF 19/16: 30 minutes). */
export const DEFAULT_CANCELLATION_WINDOW_MINUTES = 30;

/** Cancels an authorized NFC-e (event 110111) within the legal window and stores procEventoNFe. */
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
  if (now.getTime() - authorizedAt > windowMinutes * 60_000) {
    throw new FiscalOperationError('FISCAL_CANCELLATION_WINDOW_EXPIRED', 422, { authorizedAt: row.authorized_at, windowMinutes });
  }
  const result = await ctx.client.cancel(String(Date.now() % 1e15), {
    accessKey: row.access_key,
    protocol: row.protocol,
    justification: text,
    at: formatLocalDateTime(now, ctx.config.timeZone ?? DEFAULT_TIME_ZONE),
  });
  if (result.cStat !== 135 && result.cStat !== 155) {
    throw new FiscalOperationError('FISCAL_CANCELLATION_REFUSED', 422, { cStat: result.cStat, xMotivo: result.xMotivo });
  }
  const evento = firstElement(result.requestXml, 'evento')!;
  const procEvento = `<procEventoNFe xmlns="http://www.portalfiscal.inf.br/nfe" versao="1.00">${evento}${result.retEventoXml}</procEventoNFe>`;
  await ctx.commands.run('fiscal.record_cancellation', (tx) => {
    updateDocument(tx.db, row.id, { status: 'CANCELLED', cancel_protocol: result.protocol ?? null, cancel_xml: procEvento, cancelled_at: tx.nowIso }, tx.nowIso);
    tx.emit({
      type: 'fiscal.document_cancelled',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      payload: { documentId: row.id, orderId: row.order_id, number: row.number, accessKey: row.access_key, protocol: result.protocol, justification: text },
    });
  });
  return toSummary(getDocument(ctx.db, row.id)!);
}
