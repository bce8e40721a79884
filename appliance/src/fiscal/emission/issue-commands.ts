import { randomNumericCode } from '../nfce/access-key.js';
import { tpAmb } from '../nfce/emitter-config.js';
import { issueNfce } from '../nfce/issue-nfce.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { activeDocumentForOrder, getDocument, insertDocument, newDocumentRow, updateDocument, type FiscalDocumentRow } from '../store/documents.js';
import { allocateNumber } from '../store/numbering.js';
import { DOCUMENT_AGGREGATE, type FiscalContext, type FiscalTx } from './context.js';

export const CONTINGENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface ContingencyInfo {
  enteredAt: Date;
  reason: string;
}

/**
 * Allocates the number and stores the signed document in the same transaction, so a crash
 * before COMMIT loses both (no gap) and after COMMIT keeps both (the transmitter resumes).
 */
export function issueDocumentCommand(ctx: FiscalContext, sale: FiscalSale, contingency: ContingencyInfo | null) {
  return (tx: FiscalTx): FiscalDocumentRow => {
    const existing = activeDocumentForOrder(tx.db, sale.orderId);
    if (existing) return existing;
    const environment = tpAmb(ctx.config);
    const number = allocateNumber(tx.db, 65, ctx.config.series, environment);
    const randomCode = randomNumericCode(number);
    const issued = issueNfce(ctx.config, ctx.certificate, sale, { number, randomCode, issuedAt: tx.now, contingency: contingency ?? undefined });
    const row = newDocumentRow({
      id: ctx.newId(),
      order_id: sale.orderId,
      model: 65,
      series: ctx.config.series,
      environment,
      number,
      random_code: randomCode,
      access_key: issued.accessKey,
      status: contingency ? 'CONTINGENCY' : 'PENDING',
      contingency: contingency ? 1 : 0,
      contingency_reason: contingency?.reason ?? null,
      contingency_deadline: contingency ? new Date(tx.now.getTime() + CONTINGENCY_WINDOW_MS).toISOString() : null,
      issued_at: tx.nowIso,
      total_cents: issued.computed.totalCents,
      sale_json: JSON.stringify(sale),
      signed_xml: issued.signedXml,
      qr_code: issued.qrCode,
      url_chave: issued.urlChave,
    });
    insertDocument(tx.db, row);
    tx.emit({
      type: 'fiscal.document_issued',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      payload: { documentId: row.id, orderId: row.order_id, series: row.series, number, accessKey: row.access_key, contingency: !!contingency, totalCents: row.total_cents },
    });
    return row;
  };
}

/**
 * SEFAZ did not answer in time: the same number is re-issued offline (tpEmis 9, new key, same
 * cNF). The online attempt is kept because SEFAZ may have authorized it after all (then the
 * offline version is answered with 539 and the online one prevails).
 */
export function enterContingencyCommand(ctx: FiscalContext, documentId: string, contingency: ContingencyInfo) {
  return (tx: FiscalTx): FiscalDocumentRow => {
    const row = getDocument(tx.db, documentId)!;
    if (row.status !== 'PENDING') return row;
    const sale = JSON.parse(row.sale_json) as FiscalSale;
    const issued = issueNfce(ctx.config, ctx.certificate, sale, { number: row.number, randomCode: row.random_code, issuedAt: tx.now, contingency });
    const deadline = new Date(tx.now.getTime() + CONTINGENCY_WINDOW_MS).toISOString();
    updateDocument(
      tx.db,
      row.id,
      {
        status: 'CONTINGENCY',
        contingency: 1,
        contingency_reason: contingency.reason,
        contingency_deadline: deadline,
        replaced_access_key: row.access_key,
        replaced_xml: row.signed_xml,
        access_key: issued.accessKey,
        signed_xml: issued.signedXml,
        qr_code: issued.qrCode,
        url_chave: issued.urlChave,
        issued_at: tx.nowIso,
      },
      tx.nowIso,
    );
    tx.emit({
      type: 'fiscal.contingency_entered',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      payload: { documentId: row.id, orderId: row.order_id, number: row.number, accessKey: issued.accessKey, replacedAccessKey: row.access_key, reason: contingency.reason, deadline },
    });
    return getDocument(tx.db, row.id)!;
  };
}
