import { computeSale } from '../nfce/compute-sale.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { SefazTransportError } from '../sefaz/soap.js';
import { assertCertificateValid } from '../signing/certificate.js';
import { activeDocumentForOrder, documentsAwaitingSefaz, getDocument, toSummary, updateDocument, type FiscalDocumentRow, type FiscalDocumentSummary } from '../store/documents.js';
import { DOCUMENT_AGGREGATE, type FiscalContext, type FiscalTx } from './context.js';
import { enterContingencyCommand, issueDocumentCommand, type ContingencyInfo } from './issue-commands.js';
import { recordAuthorizationAnswer } from './record-answer.js';
import { SefazPause } from './sefaz-pause.js';
import { SefazUnavailableError } from './sefaz-unavailable.js';

/** The port the payments workflow calls once an order is paid. */
export interface FiscalEmitter {
  emitForOrder(sale: FiscalSale): Promise<FiscalDocumentSummary>;
}

export interface TransmitReport {
  attempted: number;
  authorized: number;
  refused: number;
  sefazAvailable: boolean;
}

const CONTINGENCY_REASON = 'SEFAZ INDISPONIVEL OU SEM RESPOSTA NO TEMPO LIMITE';
const DEFAULT_ALERT_BEFORE_MS = 4 * 60 * 60 * 1000;

/**
 * NFC-e emission with automatic offline contingency. Online first; when SEFAZ is unreachable or
 * slower than sefazTimeoutMs the sale is re-issued offline at once and every following sale goes
 * straight offline until SEFAZ answers again; the transmitter then sends the queue (kept in
 * SQLite, so it survives restarts).
 */
export class FiscalService implements FiscalEmitter {
  private contingency: ContingencyInfo | null = null;
  /** SEFAZ refuses every request of the store for a while (656): none is sent before it ends. */
  private readonly pause: SefazPause;
  private readonly inFlight = new Map<string, Promise<void>>();
  private lot = 0;

  constructor(
    private readonly ctx: FiscalContext,
    private readonly options: { alertBeforeDeadlineMs?: number } = {},
  ) {
    this.pause = new SefazPause(ctx, 'NFCE');
  }

  get inContingency(): boolean {
    return this.contingency !== null;
  }

  /**
   * The order's NFC-e issued earlier (in the payment's commit, or before a restart), transmitted
   * if it is still PENDING; null when the order has no NFC-e, and `emitForOrder` must issue it.
   */
  async completeIssued(orderId: string): Promise<FiscalDocumentSummary | null> {
    const row = activeDocumentForOrder(this.ctx.db, orderId);
    if (!row || row.model !== 65) return null;
    if (row.status === 'PENDING') await this.transmit(row);
    return toSummary(getDocument(this.ctx.db, row.id)!);
  }

  async emitForOrder(sale: FiscalSale): Promise<FiscalDocumentSummary> {
    computeSale(sale, 65); // bad input fails here, before a number is taken
    // SEFAZ refuses documents signed with an expired A1 (and so would the consumer's QR check).
    assertCertificateValid(this.ctx.certificate, this.ctx.now());
    const existing = activeDocumentForOrder(this.ctx.db, sale.orderId);
    const row = existing ?? (await this.ctx.commands.run('fiscal.issue_nfce', issueDocumentCommand(this.ctx, sale, this.contingency)));
    if (row.status === 'PENDING') await this.transmit(row);
    return toSummary(getDocument(this.ctx.db, row.id)!);
  }

  /**
   * Issues the sale's NFC-e inside a transaction someone else commits (the payment that settles
   * the order), which spares the sale a commit of its own: the number is taken in sale order and
   * the document is PENDING once that commit returns, for `completeIssued` to transmit. Returns
   * false, having written nothing, when the sale cannot be issued (its fiscal data, the
   * certificate): `emitForOrder` meets the same error outside the transaction and reports it.
   */
  issueWithin(tx: FiscalTx, sale: FiscalSale): boolean {
    try {
      computeSale(sale, 65);
      assertCertificateValid(this.ctx.certificate, tx.now);
    } catch {
      return false;
    }
    issueDocumentCommand(this.ctx, sale, this.contingency)(tx);
    return true;
  }

  /** Sends every PENDING / CONTINGENCY document, oldest first; stops at the first transport failure. */
  async transmitPending(): Promise<TransmitReport> {
    const report: TransmitReport = { attempted: 0, authorized: 0, refused: 0, sefazAvailable: true };
    if (this.pause.active) return { ...report, sefazAvailable: false };
    if (this.contingency) {
      try {
        const status = await this.ctx.client.status();
        if (status.cStat !== 107) return { ...report, sefazAvailable: false };
      } catch {
        return { ...report, sefazAvailable: false };
      }
    }
    for (const row of documentsAwaitingSefaz(this.ctx.db)) {
      report.attempted += 1;
      const ok = await this.transmit(row);
      if (!ok) return { ...report, sefazAvailable: false };
      const after = getDocument(this.ctx.db, row.id)!;
      if (after.status === 'AUTHORIZED') report.authorized += 1;
      else if (after.status === 'REJECTED' || after.status === 'DENIED') report.refused += 1;
    }
    this.contingency = null;
    return report;
  }

  /** Emits an alert event once for each contingency document close to its 24 h deadline. */
  async alertNearDeadlines(): Promise<number> {
    const alertBefore = this.options.alertBeforeDeadlineMs ?? DEFAULT_ALERT_BEFORE_MS;
    const limit = new Date(this.ctx.now().getTime() + alertBefore).toISOString();
    const due = this.ctx.db
      .prepare("SELECT id FROM fiscal_documents WHERE status = 'CONTINGENCY' AND deadline_alerted_at IS NULL AND contingency_deadline <= ?")
      .pluck()
      .all(limit) as string[];
    for (const id of due) {
      await this.ctx.commands.run('fiscal.alert_contingency_deadline', (tx) => {
        const row = getDocument(tx.db, id)!;
        if (row.status !== 'CONTINGENCY' || row.deadline_alerted_at) return;
        updateDocument(tx.db, id, { deadline_alerted_at: tx.nowIso }, tx.nowIso);
        tx.emit({
          type: 'fiscal.contingency_deadline_near',
          aggregateType: DOCUMENT_AGGREGATE,
          aggregateId: id,
          payload: { documentId: id, orderId: row.order_id, number: row.number, accessKey: row.access_key, deadline: row.contingency_deadline },
        });
      });
    }
    return due.length;
  }

  /** One transmission at a time per document; resolves false when SEFAZ could not be reached. */
  private transmit(row: FiscalDocumentRow): Promise<boolean> {
    const running = this.inFlight.get(row.id);
    if (running) return running.then(() => getDocument(this.ctx.db, row.id)!.status !== 'PENDING');
    let reached = true;
    const work = this.send(row)
      .catch(async (error: unknown) => {
        if (!(error instanceof SefazTransportError)) throw error;
        reached = false;
        if (error instanceof SefazUnavailableError) await this.pause.begin(error);
        this.contingency ??= { enteredAt: this.ctx.now(), reason: CONTINGENCY_REASON };
        await this.ctx.commands.run('fiscal.enter_contingency', enterContingencyCommand(this.ctx, row.id, this.contingency));
      })
      .finally(() => this.inFlight.delete(row.id));
    this.inFlight.set(row.id, work);
    return work.then(() => reached);
  }

  private async send(row: FiscalDocumentRow): Promise<void> {
    // A sale during the pause (after a restart, before contingency is known) goes offline unsent.
    if (this.pause.active) throw new SefazTransportError('SEFAZ_UNREACHABLE', 'SEFAZ paused after 656');
    this.lot = (this.lot + 1) % 1_000_000_000;
    // An offline note issued before the store changed environment is sent to the one it names (tpAmb).
    const client = this.ctx.client.forDocument(row);
    const result = await client.authorize(String(Date.now() % 1e12) + String(this.lot).padStart(3, '0').slice(-3), row.signed_xml);
    await recordAuthorizationAnswer({ ...this.ctx, client }, getDocument(this.ctx.db, row.id)!, result);
  }
}
