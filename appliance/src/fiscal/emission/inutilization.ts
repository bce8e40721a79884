import { formatLocalDateTime } from '../shared/local-datetime.js';
import { DEFAULT_TIME_ZONE } from '../nfce/build-nfce-xml.js';
import { getDocument, toSummary, updateDocument, type FiscalDocumentSummary } from '../store/documents.js';
import { findNumberingGaps } from '../store/numbering.js';
import { tpAmb } from '../nfce/emitter-config.js';
import { DOCUMENT_AGGREGATE, type FiscalContext, type FiscalTx } from './context.js';
import { FiscalOperationError } from './errors.js';

function recordInutilization(
  tx: FiscalTx,
  ctx: FiscalContext,
  range: { first: number; last: number },
  justification: string,
  answer: { cStat: number; xMotivo: string; protocol?: string; xml: string; requestXml: string },
): void {
  const homologated = answer.cStat === 102;
  tx.db
    .prepare(
      `INSERT INTO fiscal_inutilizations (id, model, series, environment, first_number, last_number, justification, status, protocol, c_stat, x_motivo, request_xml, response_xml, created_at, updated_at)
       VALUES (?, 65, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(ctx.newId(), ctx.config.series, tpAmb(ctx.config), range.first, range.last, justification, homologated ? 'HOMOLOGATED' : 'REJECTED', answer.protocol ?? null, answer.cStat, answer.xMotivo, answer.requestXml, answer.xml, tx.nowIso, tx.nowIso);
  tx.emit({
    type: homologated ? 'fiscal.numbers_inutilized' : 'fiscal.inutilization_refused',
    aggregateType: 'fiscal_series',
    aggregateId: `65-${ctx.config.series}`,
    payload: { series: ctx.config.series, firstNumber: range.first, lastNumber: range.last, protocol: answer.protocol, cStat: answer.cStat, xMotivo: answer.xMotivo, justification },
  });
}

async function requestInutilization(ctx: FiscalContext, range: { first: number; last: number }, justification: string) {
  // The store's year: from 21:00 on 31 December in São Paulo the UTC year is already the next one, which SEFAZ refuses.
  const year = Number(formatLocalDateTime(ctx.now(), ctx.config.timeZone ?? DEFAULT_TIME_ZONE).slice(0, 4));
  return ctx.client.inutilize({ year, series: ctx.config.series, firstNumber: range.first, lastNumber: range.last, justification });
}

/** A rejected document that will not be corrected: its number is inutilizado and the row VOIDED. */
export async function inutilizeRejectedDocument(ctx: FiscalContext, documentId: string, justification: string): Promise<FiscalDocumentSummary> {
  const row = getDocument(ctx.db, documentId);
  if (!row) throw new FiscalOperationError('FISCAL_DOCUMENT_NOT_FOUND', 404);
  if (row.status !== 'REJECTED') throw new FiscalOperationError('FISCAL_DOCUMENT_NOT_REJECTED', 409, { status: row.status });
  const range = { first: row.number, last: row.number };
  const answer = await requestInutilization(ctx, range, justification);
  await ctx.commands.run('fiscal.inutilize_document', (tx) => {
    recordInutilization(tx, ctx, range, justification, answer);
    if (answer.cStat === 102) {
      updateDocument(tx.db, row.id, { status: 'VOIDED' }, tx.nowIso);
      tx.emit({ type: 'fiscal.document_voided', aggregateType: DOCUMENT_AGGREGATE, aggregateId: row.id, payload: { documentId: row.id, orderId: row.order_id, number: row.number, protocol: answer.protocol } });
    }
  });
  if (answer.cStat !== 102) throw new FiscalOperationError('FISCAL_INUTILIZATION_REFUSED', 422, { cStat: answer.cStat, xMotivo: answer.xMotivo });
  return toSummary(getDocument(ctx.db, row.id)!);
}

/** Inutilizes every hole in the series (numbers with neither a document nor an inutilização). */
export async function inutilizeNumberingGaps(ctx: FiscalContext, justification: string): Promise<{ first: number; last: number; cStat: number }[]> {
  const results: { first: number; last: number; cStat: number }[] = [];
  for (const gap of findNumberingGaps(ctx.db, 65, ctx.config.series, tpAmb(ctx.config))) {
    const answer = await requestInutilization(ctx, gap, justification);
    await ctx.commands.run('fiscal.inutilize_gap', (tx) => recordInutilization(tx, ctx, gap, justification, answer));
    results.push({ ...gap, cStat: answer.cStat });
  }
  return results;
}
