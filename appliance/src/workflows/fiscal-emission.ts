import { documentUnderLegalHold, fiscalModule, orderHasDocument, parseAccessKey, type FiscalDocumentSummary, type FiscalModule } from '../fiscal/index.js';
import { AppError } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { paymentsRuntimeOf, type PaymentsRuntime } from '../payments/index.js';
import { enqueuePrintJob } from '../printing/index.js';
import { danfePrintDocument } from './fiscal-danfe-document.js';
import { FiscalBacklog, type EmissionOutcome, type PaidOrderEmitter } from './fiscal-backlog.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { registerRejectedSaleTakeBack } from './fiscal-rejected-sale.js';
import { hasTable } from './printing-consumer.js';
import { receiptPrinterOfOrder } from './receipt-printer.js';

const ACTOR = { type: 'system' as const, id: 'workflow:fiscal-emission' };
/** Documents the customer takes home: the sale went through (online or offline). */
export const PRINTED_STATUSES = new Set<FiscalDocumentSummary['status']>(['AUTHORIZED', 'CONTINGENCY']);
/**
 * Documents that close the sale's fiscal duty (a denied number is consumed for good). An offline
 * one counts: it is a valid document until SEFAZ says otherwise, and a later rejection hands the
 * sale back to the backlog (fiscal-rejected-sale.ts).
 */
const SETTLED_STATUSES = new Set<FiscalDocumentSummary['status']>(['AUTHORIZED', 'CONTINGENCY', 'DENIED', 'CANCELLED']);
/** A document issued later than this after the sale (from the backlog) is not printed: the customer has left. */
const LATE_RECEIPT_MS = 5 * 60_000;

export const danfeDedupeKey = (documentId: string) => `danfe/${documentId}`;

/**
 * Settled orders become NFC-e: the fiscal backlog (fiscal-backlog.ts) hands each settled order
 * here at least once (also after a crash), the fiscal module issues it (idempotent per order,
 * falling back to offline contingency by itself) and the DANFE goes to the store's receipt printer
 * (print routing) once per document. The dedupe key is the document id, which an offline document keeps when it is
 * authorized later, so a replay or a late authorization never prints a second receipt.
 *
 * Two steps ride on commits that happen anyway (in-transaction reactions, one commit and one
 * fsync fewer each per fiscal sale): the NFC-e is issued in the payment's commit that settles the
 * order (`FiscalBacklog.issueWithSettlement`), and the DANFE of a sale authorized online is
 * queued in the authorization's own transaction (`fiscal.document_authorized`). A DANFE that path
 * did not queue (a document issued offline, a reaction that failed) is queued after the emission
 * returns, as before.
 */
export class FiscalEmissionWorkflow implements PaidOrderEmitter {
  /** Orders being emitted by `emitOrder`, with when they were settled and whether their DANFE is already queued. */
  private readonly emitting = new Map<string, { settledAt: string; danfeQueued: boolean }>();

  /** `fiscal` is asked each time: the back office's fiscal wizard turns emission on while the store runs. */
  constructor(
    private readonly ctx: ModuleContext,
    private readonly fiscal: () => FiscalModule | null,
  ) {}

  available(): boolean {
    return this.fiscal() !== null;
  }

  documented(orderId: string): boolean {
    return orderHasDocument(this.ctx.db, orderId);
  }

  issueWithin(tx: CommandTx, orderId: string): void {
    const fiscal = this.fiscal();
    const order = fiscal && loadPaidOrder(tx.db, orderId);
    if (fiscal && order) fiscal.issueForPaidOrderWithin(tx, order);
  }

  async emitOrder(orderId: string, settledAt: string): Promise<EmissionOutcome> {
    const fiscal = this.fiscal();
    if (!fiscal) throw new AppError('FISCAL_NOT_CONFIGURED', 503);
    const emitting = { settledAt, danfeQueued: false };
    this.emitting.set(orderId, emitting);
    let document: FiscalDocumentSummary;
    try {
      // Usually issued already, in the payment's commit: then only its transmission is left.
      const issued = await fiscal.completeIssuedFor(orderId);
      const order = issued ? null : loadPaidOrder(this.ctx.db, orderId);
      if (!issued && !order) {
        this.ctx.logger.info({ orderId }, 'fiscal emission: nothing to document (no goods lines)');
        return { kind: 'NOTHING_TO_DOCUMENT' };
      }
      document = issued ?? (await fiscal.emitForPaidOrder(order!));
    } finally {
      this.emitting.delete(orderId);
    }
    const printed = receiptPrinted(document.model, this.ctx.clock.now(), settledAt) && PRINTED_STATUSES.has(document.status);
    if (printed && !emitting.danfeQueued) await this.printDanfe(fiscal, document);
    if (SETTLED_STATUSES.has(document.status)) return { kind: 'DOCUMENTED', documentId: document.id };
    this.ctx.logger.warn({ orderId, documentId: document.id, status: document.status }, 'fiscal document not authorized: no DANFE printed');
    return { kind: 'NOT_YET', errorCode: `FISCAL_DOCUMENT_${document.status}` };
  }

  /** The in-transaction reaction: queues the DANFE of an order `emitOrder` is emitting, with its authorization. */
  queueDanfeWithAuthorization(tx: CommandTx, event: JournalEvent<'fiscal.document_authorized'>): void {
    const emitting = this.emitting.get(event.payload.orderId);
    const fiscal = this.fiscal();
    if (!emitting || !fiscal) return; // authorized after the fact (contingency, backlog): its receipt was printed at issue, or is late
    const model = parseAccessKey(event.payload.accessKey).model;
    if (!receiptPrinted(model, tx.now, emitting.settledAt)) return;
    enqueueDanfe(tx, fiscal, { id: event.payload.documentId, model, orderId: event.payload.orderId });
    emitting.danfeQueued = true;
  }

  private async printDanfe(fiscal: FiscalModule, document: FiscalDocumentSummary): Promise<void> {
    try {
      await this.ctx.commands.run('workflow.print_danfe', (tx) => enqueueDanfe(tx, fiscal, document), { actor: ACTOR, correlationId: document.orderId });
    } catch (error) {
      // The document is issued; without a printer it can still be printed from GET .../danfe.
      if (error instanceof AppError && error.code === 'PRINTER_NOT_FOUND') {
        this.ctx.logger.warn({ documentId: document.id }, 'receipt printer not configured: DANFE not printed');
        return;
      }
      throw error;
    }
  }
}

/**
 * Whether a document gets a receipt on the printer: an NF-e model 55 is handed over as its A4
 * DANFE (GET .../danfe.pdf), and a customer issued one long after paying has left.
 */
function receiptPrinted(model: number, now: Date, settledAt: string): boolean {
  return model !== 55 && now.getTime() - Date.parse(settledAt) <= LATE_RECEIPT_MS;
}

function enqueueDanfe(tx: CommandTx, fiscal: FiscalModule, document: Pick<FiscalDocumentSummary, 'id' | 'model' | 'orderId'>) {
  // A store that prints no receipts hands the NFC-e over by its key/QR (GET .../danfe).
  const printerId = receiptPrinterOfOrder(tx.db, document.orderId);
  if (!printerId) return null;
  // The customer's data was erased while the sale was being documented: the DANFE names them and
  // its document is kept for the tax authority only.
  if (documentUnderLegalHold(tx.db, document.id, tx.nowIso)) return null;
  return enqueuePrintJob(tx, {
    printerId,
    kind: document.model === 59 ? 'extrato_cfe' : 'danfe_nfce',
    payload: { document: danfePrintDocument(fiscal.danfe(document.id)) },
    source: { type: 'fiscal_document', id: document.id },
    dedupeKey: danfeDedupeKey(document.id),
  });
}

/** True when paid orders of this appliance get an NFC-e (and so a DANFE as their receipt). */
export function fiscalEmissionActive(ctx: ModuleContext): boolean {
  return configuredFiscal(ctx) !== null && paymentsRuntime(ctx) !== null;
}

export function configuredFiscal(ctx: Pick<ModuleContext, 'db'>): FiscalModule | null {
  try {
    // The module is one instance per process: make sure it is configured for THIS appliance.
    return fiscalModule.runtime().ctx.db === ctx.db ? fiscalModule : null;
  } catch {
    return null;
  }
}

function paymentsRuntime(ctx: ModuleContext): PaymentsRuntime | null {
  try {
    return paymentsRuntimeOf(ctx);
  } catch {
    return null;
  }
}

/**
 * Puts the fiscal backlog behind the payments module's fiscal port. Runs at registration (after
 * payments and fiscal registered, before any start), so the consumer's first replay already
 * reaches it. Where the fiscal module is part of the appliance, every settled order is owned by
 * the backlog until it has a document, also while emission is off (no config, SEFAZ tables or
 * certificate); appliances without payments or without the fiscal module keep the port they
 * were built with.
 */
export function registerFiscalEmission(ctx: ModuleContext): FiscalBacklog | null {
  const payments = paymentsRuntime(ctx);
  if (!payments || !hasTable(ctx, 'fiscal_emission_backlog')) return null;
  const workflow = new FiscalEmissionWorkflow(ctx, () => configuredFiscal(ctx));
  ctx.commands.react('fiscal.document_authorized', (tx, event) => workflow.queueDanfeWithAuthorization(tx, event));
  const backlog = new FiscalBacklog(ctx, workflow);
  ctx.commands.react('payment.order_settled', (tx, event) => backlog.issueWithSettlement(tx, event.payload.orderId));
  registerRejectedSaleTakeBack(ctx, backlog);
  payments.fiscal = backlog;
  return backlog;
}
