import { sefazInstantIso } from '../shared/local-datetime.js';
import { firstTagText } from '../shared/xml-text.js';
import { bracketField, type AuthorizationResult, type ProtocolResult } from '../sefaz/responses.js';
import { getDocument, updateDocument, type FiscalDocumentRow } from '../store/documents.js';
import { DOCUMENT_AGGREGATE, type FiscalContext } from './context.js';
import { followLotReceipt, LOT_NOT_PROCESSED } from './lot-receipt.js';
import { assertSefazServed } from './sefaz-unavailable.js';

const AUTHORIZED = new Set([100, 150]);
const DENIED = new Set([110, 205, 301, 302, 303]);
/** 205 "NF-e está denegada na base de dados": a repeat of a document SEFAZ denied before. */
const DENIED_ON_FILE = 205;

function eventPayload(row: FiscalDocumentRow, extra: Record<string, unknown>) {
  return { documentId: row.id, orderId: row.order_id, series: row.series, number: row.number, accessKey: row.access_key, contingency: row.contingency === 1, ...extra };
}

async function markAuthorized(ctx: FiscalContext, row: FiscalDocumentRow, protocol: ProtocolResult, useReplacedVersion: boolean): Promise<void> {
  await ctx.commands.run('fiscal.record_authorization', (tx) => {
    const current = getDocument(tx.db, row.id)!;
    // 539: SEFAZ had already authorized the online attempt we replaced by the offline issue;
    // that authorized version is the legal document, so it becomes the stored one.
    const replaced = useReplacedVersion ? { signedXml: current.replaced_xml!, accessKey: current.replaced_access_key! } : null;
    const accessKey = replaced ? replaced.accessKey : current.access_key;
    updateDocument(
      tx.db,
      row.id,
      {
        status: 'AUTHORIZED',
        ...(replaced && {
          access_key: replaced.accessKey,
          signed_xml: replaced.signedXml,
          qr_code: firstTagText(replaced.signedXml, 'qrCode') ?? current.qr_code,
          contingency: 0,
          // Issued when that version was (its dhEmi), not when the offline copy was: the DANFE
          // and the month the accountant gets it in follow the document SEFAZ holds.
          issued_at: sefazInstantIso(firstTagText(replaced.signedXml, 'dhEmi'), current.issued_at),
        }),
        // The procNFe is this protocol beside the signed XML (store/documents.ts, withProcXml).
        prot_xml: protocol.protNFeXml!,
        protocol: protocol.protocol ?? null,
        // When SEFAZ authorized it (dhRecbto), as the DANFE prints it and the cancellation window
        // counts it, also for a protocol fetched long after (204/539).
        authorized_at: sefazInstantIso(protocol.receivedAt, tx.nowIso),
        c_stat: protocol.cStat,
        x_motivo: protocol.xMotivo,
      },
      tx.nowIso,
    );
    tx.emit({
      type: 'fiscal.document_authorized',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      payload: eventPayload({ ...current, access_key: accessKey }, { protocol: protocol.protocol, cStat: protocol.cStat, totalCents: current.total_cents }),
    });
  });
}

/**
 * A denied document is registered at SEFAZ and consumes its number: the issuer keeps it with the
 * protocol of denial (its procNFe), which the accountant declares as "denegada".
 */
function denialProtocol(answer: ProtocolResult, nowIso: string): Partial<FiscalDocumentRow> {
  if (!answer.protNFeXml || !answer.protocol) return {};
  return { prot_xml: answer.protNFeXml, protocol: answer.protocol, authorized_at: sefazInstantIso(answer.receivedAt, nowIso) };
}

async function markRefused(ctx: FiscalContext, row: FiscalDocumentRow, answer: ProtocolResult): Promise<void> {
  const { cStat, xMotivo } = answer;
  const status = DENIED.has(cStat) ? 'DENIED' : 'REJECTED';
  await ctx.commands.run('fiscal.record_refusal', (tx) => {
    updateDocument(tx.db, row.id, { status, c_stat: cStat, x_motivo: xMotivo, ...(status === 'DENIED' && denialProtocol(answer, tx.nowIso)) }, tx.nowIso);
    tx.emit({
      type: status === 'DENIED' ? 'fiscal.document_denied' : 'fiscal.document_rejected',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      // afterTheFact: the consumer already holds a contingency receipt; someone must correct it.
      payload: eventPayload(row, { cStat, xMotivo, afterTheFact: row.contingency === 1 }),
    });
  });
}

/** Fetches the protocol of a key SEFAZ says it already holds (204/205/539 answers carry no protocol of their own). */
async function protocolOnFile(ctx: FiscalContext, accessKey: string, outcomes: ReadonlySet<number>): Promise<ProtocolResult | undefined> {
  const situation = await ctx.client.situation(accessKey);
  assertSefazServed(situation.cStat, situation.xMotivo);
  return situation.document && outcomes.has(situation.document.cStat) ? situation.document : undefined;
}

/**
 * Applies SEFAZ's answer to a transmitted document, in one command per outcome. A lot received for
 * processing apart (103) is followed to its outcome; a lot not processed yet records nothing; an
 * answer about SEFAZ's service rather than the document records nothing either and throws
 * SefazUnavailableError, so the document is sent again later.
 */
export async function recordAuthorizationAnswer(ctx: FiscalContext, row: FiscalDocumentRow, sent: AuthorizationResult): Promise<void> {
  const result = await followLotReceipt(ctx, sent);
  if (!result.document && LOT_NOT_PROCESSED.has(result.lotStatus)) return;
  // Without a protNFe the lot's own status is the answer (a refusal of the whole lot).
  const answer: ProtocolResult = result.document ?? { cStat: result.lotStatus, xMotivo: result.lotMessage };
  assertSefazServed(answer.cStat, answer.xMotivo);
  if (AUTHORIZED.has(answer.cStat)) return markAuthorized(ctx, row, answer, false);
  if (answer.cStat === 204) {
    const onFile = await protocolOnFile(ctx, row.access_key, AUTHORIZED);
    if (onFile) return markAuthorized(ctx, row, onFile, false);
  }
  if (answer.cStat === DENIED_ON_FILE) {
    const onFile = await protocolOnFile(ctx, row.access_key, DENIED);
    if (onFile) return markRefused(ctx, row, onFile);
  }
  if (answer.cStat === 539) {
    const otherKey = bracketField(answer.xMotivo, 'chNFe');
    if (otherKey && otherKey === row.replaced_access_key) {
      const onFile = await protocolOnFile(ctx, otherKey, AUTHORIZED);
      if (onFile) return markAuthorized(ctx, row, onFile, true);
    }
  }
  return markRefused(ctx, row, answer);
}
