import { AppError } from '../kernel/errors.js';
import { buildDanfeNfce, type DanfeNfce, type Translate } from './danfe/danfe-nfce.js';
import { cancelDocument } from './emission/cancellation.js';
import type { FiscalContext, FiscalTx } from './emission/context.js';
import type { FiscalService } from './emission/fiscal-service.js';
import { inutilizeRejectedDocument } from './emission/inutilization.js';
import { exportMonth } from './export/monthly-export.js';
import { DEFAULT_TIME_ZONE } from './nfce/build-nfce-xml.js';
import { tpAmb } from './nfce/emitter-config.js';
import type { DocumentType } from './document-type-settings.js';
import type { FiscalSale } from './nfce/sale-types.js';
import type { Nfe55Service } from './nfe55/nfe55-service.js';
import { buildSatExtrato } from './sat/extrato.js';
import { CFE_MODEL, type SatEmitter } from './sat/sat-emitter.js';
import { getDocument, type FiscalDocumentModel, type FiscalDocumentRow, type FiscalDocumentSummary } from './store/documents.js';

/** An NF-e model 55 can be cancelled within 24 hours of its authorization. */
const NFE_CANCELLATION_WINDOW_MINUTES = 24 * 60;

/** The document types next to the NFC-e: NF-e 55 on request, and the store's CF-e equipment if it has one. */
export interface OtherDocuments {
  documentType: DocumentType;
  nfe55: Nfe55Service;
  sat?: SatEmitter;
}

/** A configured fiscal module: the service plus the operations the routes and workflows use. */
export class FiscalRuntime {
  constructor(
    readonly ctx: FiscalContext,
    readonly service: FiscalService,
    private readonly t: Translate,
    private readonly cancellationWindowMinutes: number,
    readonly documents: OtherDocuments,
  ) {}

  /** A paid order's document: the NF-e its buyer asked for, else the store's CF-e (SAT / MF-e), else the NFC-e. */
  emitForSale(sale: FiscalSale): Promise<FiscalDocumentSummary> {
    const buyer = this.documents.nfe55.buyerFor(sale.orderId);
    if (buyer) return this.documents.nfe55.emitForOrder(sale, buyer);
    return this.documents.sat ? this.documents.sat.emitForOrder(sale) : this.service.emitForOrder(sale);
  }

  /** The model of the document `emitForSale` will issue for the order, as things stand now. */
  documentModelFor(orderId: string): FiscalDocumentModel {
    if (this.documents.nfe55.buyerFor(orderId)) return 55;
    return this.documents.sat ? CFE_MODEL : 65;
  }

  /**
   * Issues the sale's NFC-e inside the caller's transaction (`FiscalService.issueWithin`); false
   * when the sale is not an NFC-e (an NF-e requested for the order, a store on SAT / MF-e) or
   * cannot be issued there: `emitForSale` then documents it after the commit.
   */
  issueSaleWithin(tx: FiscalTx, sale: FiscalSale): boolean {
    if (this.documents.sat || this.documents.nfe55.buyerFor(sale.orderId)) return false;
    return this.service.issueWithin(tx, sale);
  }

  /** The receipt of a document: DANFE NFC-e, or the extrato of a CF-e. An NF-e 55 has its A4 DANFE (danfePdf). */
  danfe(documentId: string): DanfeNfce {
    const row = this.found(documentId);
    if (row.model === CFE_MODEL) {
      const { cfe, ...sale } = JSON.parse(row.sale_json) as FiscalSale & { cfe: { timestamp: string; consumerDocument: string; qrSignature: string } };
      const equipment = this.documents.documentType === 'MFE' ? 'MFE' : 'SAT';
      return buildSatExtrato(sale, { accessKey: row.access_key, cfeXml: row.signed_xml, totalCents: row.total_cents, ...cfe }, this.ctx.config, this.t, undefined, equipment);
    }
    if (row.model === 55) throw new AppError('FISCAL_DANFE_A4_ONLY', 409);
    return buildDanfeNfce(row, this.ctx.config, this.t);
  }

  /** DANFE of an NF-e model 55 on A4, as PDF; the PDF library is loaded on the first one. */
  async danfePdf(documentId: string): Promise<Buffer> {
    const row = this.found(documentId);
    if (row.model !== 55) throw new AppError('FISCAL_DANFE_PDF_NFE_ONLY', 409);
    const { renderDanfeNfe55Pdf } = await import('./danfe/danfe-nfe55-pdf.js');
    return renderDanfeNfe55Pdf(row, this.t);
  }

  private found(documentId: string): FiscalDocumentRow {
    const row = getDocument(this.ctx.db, documentId);
    if (!row) throw new AppError('FISCAL_DOCUMENT_NOT_FOUND', 404);
    return row;
  }

  cancel(documentId: string, justification: string): Promise<FiscalDocumentSummary> {
    const row = this.found(documentId);
    // A CF-e is cancelled at the SAT / MF-e itself (CancelarUltimaVenda), not at SEFAZ.
    if (row.model === CFE_MODEL) throw new AppError('FISCAL_CFE_CANCEL_AT_EQUIPMENT', 409);
    if (row.model === 55) return cancelDocument(this.ctx, documentId, justification, NFE_CANCELLATION_WINDOW_MINUTES);
    return cancelDocument(this.ctx, documentId, justification, this.cancellationWindowMinutes);
  }

  inutilize(documentId: string, justification: string): Promise<FiscalDocumentSummary> {
    return inutilizeRejectedDocument(this.ctx, documentId, justification);
  }

  exportMonth(yearMonth: string) {
    // The store's own environment: a store in produção never hands the accountant its test notes.
    return exportMonth(this.ctx.db, yearMonth, this.ctx.config.timeZone ?? DEFAULT_TIME_ZONE, tpAmb(this.ctx.config));
  }

  status() {
    const counts = this.ctx.db.prepare('SELECT status, COUNT(*) AS n FROM fiscal_documents GROUP BY status').all() as { status: string; n: number }[];
    return {
      environment: this.ctx.config.environment,
      series: this.ctx.config.series,
      inContingency: this.service.inContingency,
      documents: Object.fromEntries(counts.map((c) => [c.status, c.n])),
    };
  }
}
