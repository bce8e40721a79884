import { prepareCached } from '../../kernel/db/statements.js';
import { AppError } from '../../kernel/errors.js';
import { DOCUMENT_AGGREGATE, type FiscalContext, type FiscalTx } from '../emission/context.js';
import { recordAuthorizationAnswer } from '../emission/record-answer.js';
import { SefazPause } from '../emission/sefaz-pause.js';
import { SefazUnavailableError } from '../emission/sefaz-unavailable.js';
import { randomNumericCode } from '../nfce/access-key.js';
import { computeSale } from '../nfce/compute-sale.js';
import { tpAmb } from '../nfce/emitter-config.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { SefazTransportError } from '../sefaz/soap.js';
import { assertCertificateValid } from '../signing/certificate.js';
import { signElement } from '../signing/sign-xml.js';
import { documentsAwaitingSefaz, getDocument, insertDocument, newDocumentRow, standingDocumentForOrder, toSummary, type FiscalDocumentRow, type FiscalDocumentSummary } from '../store/documents.js';
import { allocateNumber } from '../store/numbering.js';
import { assertBuyerIds, assertBuyerInState, type NfeBuyer } from './buyer.js';
import { buildNfe55Xml, NFE_MODEL } from './build-nfe55-xml.js';

/** One sale, one document: an NFC-e / CF-e that still stands must be cancelled before an NF-e. */
const alreadyDocumented = (standing: FiscalDocumentRow) =>
  new AppError('FISCAL_ORDER_ALREADY_DOCUMENTED', 409, 'FISCAL_ORDER_ALREADY_DOCUMENTED', { documentId: standing.id, model: standing.model, status: standing.status });

/**
 * NF-e model 55 for a company buyer: requested for an order (before or after payment), issued with
 * its own series, signed with the store's A1 and authorized online by the store's NF-e authorizer.
 * There is no offline issue for model 55 at a till: when SEFAZ cannot be reached the document
 * stays PENDING and the transmitter sends it again.
 */
export class Nfe55Service {
  private lot = 0;
  /** After a 656 nothing goes to the NF-e service until SEFAZ lifts the block; the NF-e waits PENDING. */
  private readonly pause: SefazPause;

  constructor(
    private readonly ctx: FiscalContext,
    private readonly series: number,
  ) {
    this.pause = new SefazPause(ctx, 'NFE');
  }

  /** The buyer asked for this order, if any. */
  buyerFor(orderId: string): NfeBuyer | undefined {
    // Asked by every sale's NFC-e (an NF-e instead?): compiled once.
    const json = prepareCached(this.ctx.db, 'SELECT buyer_json FROM fiscal_nfe_requests WHERE order_id = ?').pluck().get(orderId) as string | undefined;
    return json ? (JSON.parse(json) as NfeBuyer) : undefined;
  }

  /** Records (or corrects, while no NF-e exists yet) the company an order's NF-e goes to. */
  async request(orderId: string, buyer: NfeBuyer): Promise<void> {
    assertBuyerIds(buyer);
    assertBuyerInState(buyer, this.ctx.config.address.uf);
    await this.ctx.commands.run('fiscal.request_nfe', (tx) => {
      const standing = standingDocumentForOrder(tx.db, orderId);
      if (standing?.model === NFE_MODEL) return;
      if (standing) throw alreadyDocumented(standing);
      tx.db
        .prepare('INSERT INTO fiscal_nfe_requests (order_id, buyer_json, requested_at) VALUES (?, ?, ?) ON CONFLICT (order_id) DO UPDATE SET buyer_json = excluded.buyer_json, requested_at = excluded.requested_at')
        .run(orderId, JSON.stringify(buyer), tx.nowIso);
      tx.emit({ type: 'fiscal.nfe_requested', aggregateType: 'order', aggregateId: orderId, payload: { orderId, buyerCnpj: buyer.cnpj } });
    });
  }

  /** Issues (once per order) and transmits the NF-e of a paid order whose buyer was requested. */
  async emitForOrder(sale: FiscalSale, buyer: NfeBuyer): Promise<FiscalDocumentSummary> {
    computeSale(sale, NFE_MODEL);
    assertCertificateValid(this.ctx.certificate, this.ctx.now());
    const row = await this.ctx.commands.run('fiscal.issue_nfe', (tx) => {
      const standing = standingDocumentForOrder(tx.db, sale.orderId);
      if (standing?.model === NFE_MODEL) return standing;
      if (standing) throw alreadyDocumented(standing);
      return this.issue(tx, sale, buyer);
    });
    if (row.status === 'PENDING') await this.transmit(row);
    return toSummary(getDocument(this.ctx.db, row.id)!);
  }

  /** Sends the NF-e left PENDING (SEFAZ was unreachable), oldest first. */
  async transmitPending(): Promise<void> {
    for (const row of documentsAwaitingSefaz(this.ctx.db, NFE_MODEL)) {
      if (!(await this.transmit(row))) return;
    }
  }

  private issue(tx: FiscalTx, sale: FiscalSale, buyer: NfeBuyer): FiscalDocumentRow {
    const { db, now, nowIso } = tx;
    const environment = tpAmb(this.ctx.config);
    const number = allocateNumber(db, NFE_MODEL, this.series, environment);
    const randomCode = randomNumericCode(number);
    const built = buildNfe55Xml(this.ctx.config, sale, buyer, { series: this.series, number, randomCode, issuedAt: now });
    const signedXml = signElement(built.xml, 'infNFe', this.ctx.certificate);
    const row = newDocumentRow({
      id: this.ctx.newId(),
      order_id: sale.orderId,
      model: NFE_MODEL,
      series: this.series,
      environment,
      number,
      random_code: randomCode,
      access_key: built.accessKey,
      status: 'PENDING',
      issued_at: nowIso,
      total_cents: built.computed.totalCents,
      sale_json: JSON.stringify({ ...sale, buyer }),
      signed_xml: signedXml,
      qr_code: '',
      url_chave: '',
    });
    insertDocument(db, row);
    tx.emit({
      type: 'fiscal.document_issued',
      aggregateType: DOCUMENT_AGGREGATE,
      aggregateId: row.id,
      payload: { documentId: row.id, orderId: row.order_id, model: NFE_MODEL, series: row.series, number, accessKey: row.access_key, contingency: false, totalCents: row.total_cents, buyerCnpj: buyer.cnpj },
    });
    return row;
  }

  /** Resolves false when SEFAZ could not be reached (the document stays PENDING). */
  private async transmit(row: FiscalDocumentRow): Promise<boolean> {
    if (this.pause.active) return false;
    const client = this.ctx.client.forDocument(row);
    this.lot = (this.lot + 1) % 1000;
    try {
      const result = await client.authorize(String(Date.now() % 1e12) + String(this.lot).padStart(3, '0'), row.signed_xml);
      await recordAuthorizationAnswer({ ...this.ctx, client }, getDocument(this.ctx.db, row.id)!, result);
      return true;
    } catch (error) {
      if (!(error instanceof SefazTransportError)) throw error;
      if (error instanceof SefazUnavailableError) await this.pause.begin(error);
      return false;
    }
  }
}
