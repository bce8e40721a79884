import { formatLocalDateTime } from '../shared/local-datetime.js';
import { DEFAULT_TIME_ZONE } from '../nfce/build-nfce-xml.js';
import type { DocumentModel } from '../sefaz/endpoints.js';
import type { SimpleResult } from '../sefaz/responses.js';
import { getDocument, toSummary, updateDocument, type FiscalDocumentSummary } from '../store/documents.js';
import { findNumberingGaps, type NumberingGap } from '../store/numbering.js';
import { tpAmb } from '../nfce/emitter-config.js';
import { DOCUMENT_AGGREGATE, type FiscalContext, type FiscalTx } from './context.js';
import { FiscalOperationError } from './errors.js';

/** The numbering a range belongs to: a document's own model, series and environment, whatever the settings say now. */
interface Numbering {
  model: DocumentModel;
  series: number;
  environment: 1 | 2;
}

type InutilizationAnswer = SimpleResult & { requestXml: string };

/**
 * HOMOLOGATED: SEFAZ inutilized the range now (102). ALREADY_INUTILIZED: SEFAZ answered 256 for a
 * single number, i.e. an earlier request whose answer was lost did inutilize it; the web services
 * offer no query that returns its protocol. REJECTED: refused, the numbers stay open.
 */
type InutilizationOutcome = 'HOMOLOGATED' | 'ALREADY_INUTILIZED' | 'REJECTED';

const HOMOLOGATED = 102;
const ALREADY_INUTILIZED = 256;

function outcomeOf(cStat: number, range: NumberingGap): InutilizationOutcome {
  if (cStat === HOMOLOGATED) return 'HOMOLOGATED';
  // For a longer range 256 says that some number of it is inutilized, not which.
  return cStat === ALREADY_INUTILIZED && range.first === range.last ? 'ALREADY_INUTILIZED' : 'REJECTED';
}

function recordInutilization(tx: FiscalTx, id: string, numbering: Numbering, range: NumberingGap, justification: string, answer: InutilizationAnswer, outcome: InutilizationOutcome): void {
  tx.db
    .prepare(
      `INSERT INTO fiscal_inutilizations (id, model, series, environment, first_number, last_number, justification, status, protocol, c_stat, x_motivo, request_xml, response_xml, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, numbering.model, numbering.series, numbering.environment, range.first, range.last, justification, outcome, answer.protocol ?? null, answer.cStat, answer.xMotivo, answer.requestXml, answer.xml, tx.nowIso, tx.nowIso);
  tx.emit({
    type: outcome === 'REJECTED' ? 'fiscal.inutilization_refused' : 'fiscal.numbers_inutilized',
    aggregateType: 'fiscal_series',
    aggregateId: `${numbering.model}-${numbering.series}`,
    payload: { series: numbering.series, firstNumber: range.first, lastNumber: range.last, protocol: answer.protocol ?? null, cStat: answer.cStat, xMotivo: answer.xMotivo, justification },
  });
}

/** NFeInutilizacao4; `ctx.client` speaks for the numbering's model and environment. */
async function requestInutilization(ctx: FiscalContext, numbering: Numbering, range: NumberingGap, justification: string): Promise<InutilizationAnswer> {
  // The store's year: from 21:00 on 31 December in São Paulo the UTC year is already the next one, which SEFAZ refuses.
  const year = Number(formatLocalDateTime(ctx.now(), ctx.config.timeZone ?? DEFAULT_TIME_ZONE).slice(0, 4));
  return ctx.client.inutilize({ year, series: numbering.series, firstNumber: range.first, lastNumber: range.last, justification });
}

/** A rejected document (NFC-e or NF-e) that will not be corrected: its own number is inutilizado and the row VOIDED. */
export async function inutilizeRejectedDocument(ctx: FiscalContext, documentId: string, justification: string): Promise<FiscalDocumentSummary> {
  const row = getDocument(ctx.db, documentId);
  if (!row) throw new FiscalOperationError('FISCAL_DOCUMENT_NOT_FOUND', 404);
  if (row.status !== 'REJECTED') throw new FiscalOperationError('FISCAL_DOCUMENT_NOT_REJECTED', 409, { status: row.status });
  const numbering: Numbering = { model: row.model as DocumentModel, series: row.series, environment: row.environment as 1 | 2 };
  const range = { first: row.number, last: row.number };
  const client = ctx.client.forModel(numbering.model, numbering.environment);
  const answer = await requestInutilization({ ...ctx, client }, numbering, range, justification);
  const outcome = outcomeOf(answer.cStat, range);
  await ctx.commands.run('fiscal.inutilize_document', (tx) => {
    // A second request racing this one finds the row voided already and records nothing twice.
    if (getDocument(tx.db, row.id)!.status !== 'REJECTED') return;
    recordInutilization(tx, ctx.newId(), numbering, range, justification, answer, outcome);
    if (outcome === 'REJECTED') return;
    updateDocument(tx.db, row.id, { status: 'VOIDED' }, tx.nowIso);
    tx.emit({ type: 'fiscal.document_voided', aggregateType: DOCUMENT_AGGREGATE, aggregateId: row.id, payload: { documentId: row.id, orderId: row.order_id, number: row.number, protocol: answer.protocol ?? null } });
  });
  if (outcome === 'REJECTED') throw new FiscalOperationError('FISCAL_INUTILIZATION_REFUSED', 422, { cStat: answer.cStat, xMotivo: answer.xMotivo });
  return toSummary(getDocument(ctx.db, row.id)!);
}

/** Inutilizes every hole in the store's current NFC-e series (numbers with neither a document nor an inutilização). */
export async function inutilizeNumberingGaps(ctx: FiscalContext, justification: string): Promise<{ first: number; last: number; cStat: number }[]> {
  const numbering: Numbering = { model: 65, series: ctx.config.series, environment: tpAmb(ctx.config) };
  const results: { first: number; last: number; cStat: number }[] = [];
  const queue = findNumberingGaps(ctx.db, numbering.model, numbering.series, numbering.environment);
  for (let gap = queue.shift(); gap; gap = queue.shift()) {
    const answer = await requestInutilization(ctx, numbering, gap, justification);
    if (answer.cStat === ALREADY_INUTILIZED && gap.last > gap.first) {
      // Some number of the range was inutilized before (an answer lost): each one is asked on its own.
      const numbers = Array.from({ length: gap.last - gap.first + 1 }, (_, i) => ({ first: gap.first + i, last: gap.first + i }));
      queue.unshift(...numbers);
      continue;
    }
    const range = gap;
    await ctx.commands.run('fiscal.inutilize_gap', (tx) => recordInutilization(tx, ctx.newId(), numbering, range, justification, answer, outcomeOf(answer.cStat, range)));
    results.push({ ...range, cStat: answer.cStat });
  }
  return results;
}
