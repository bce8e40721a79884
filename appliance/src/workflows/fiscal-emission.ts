import { fiscalModule, type FiscalDocumentSummary, type FiscalModule } from '../fiscal/index.js';
import { AppError } from '../kernel/errors.js';
import type { ModuleContext } from '../kernel/module.js';
import { paymentsRuntimeOf, type FiscalEmissionPort, type FiscalEmissionRequest, type PaymentsRuntime } from '../payments/index.js';
import { enqueuePrintJob } from '../printing/index.js';
import { danfePrintDocument } from './fiscal-danfe-document.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { readPrintRouting } from './printing-routing.js';

const ACTOR = { type: 'system' as const, id: 'workflow:fiscal-emission' };
/** Documents the customer takes home: the sale went through (online or offline). */
const PRINTED_STATUSES = new Set<FiscalDocumentSummary['status']>(['AUTHORIZED', 'CONTINGENCY']);

export const danfeDedupeKey = (documentId: string) => `danfe/${documentId}`;

/**
 * Settled orders become NFC-e: the payments module's durable consumer hands each settled order
 * here at least once (also after a crash), the fiscal module issues it (idempotent per order,
 * falling back to offline contingency by itself) and the DANFE goes to the store's receipt printer
 * (print routing) once per document. The dedupe key is the document id, which an offline document keeps when it is
 * authorized later, so a replay or a late authorization never prints a second receipt.
 */
export class FiscalEmissionWorkflow implements FiscalEmissionPort {
  constructor(
    private readonly ctx: ModuleContext,
    private readonly fiscal: FiscalModule,
  ) {}

  async requestEmission(request: FiscalEmissionRequest): Promise<void> {
    const order = loadPaidOrder(this.ctx.db, request.orderId);
    if (!order) {
      this.ctx.logger.info({ orderId: request.orderId }, 'fiscal emission: nothing to document (no goods lines)');
      return;
    }
    let document: FiscalDocumentSummary;
    try {
      document = await this.fiscal.emitForPaidOrder(order);
    } catch (error) {
      // Bad fiscal data (NCM, tax group, ...) is refused before a number is taken and will not
      // get better by retrying; anything else (disk, certificate) is retried by the consumer.
      if (error instanceof AppError && error.status === 422) {
        this.ctx.logger.error({ err: error, code: error.code, details: error.details, orderId: order.orderId }, 'fiscal emission refused: correct the product fiscal data');
        return;
      }
      throw error;
    }
    // An NF-e model 55 is handed over as its A4 DANFE (GET .../danfe.pdf), not on the receipt printer.
    if (document.model === 55) return;
    if (PRINTED_STATUSES.has(document.status)) await this.printDanfe(document);
    else this.ctx.logger.warn({ orderId: order.orderId, documentId: document.id, status: document.status }, 'fiscal document not authorized: no DANFE printed');
  }

  private async printDanfe(document: FiscalDocumentSummary): Promise<void> {
    const payload = { document: danfePrintDocument(this.fiscal.danfe(document.id)) };
    try {
      await this.ctx.commands.run(
        'workflow.print_danfe',
        (tx) => {
          // A store that prints no receipts hands the NFC-e over by its key/QR (GET .../danfe).
          const printerId = readPrintRouting(tx.db).receiptPrinterId;
          if (!printerId) return null;
          return enqueuePrintJob(tx, {
            printerId,
            kind: document.model === 59 ? 'extrato_cfe' : 'danfe_nfce',
            payload,
            source: { type: 'fiscal_document', id: document.id },
            dedupeKey: danfeDedupeKey(document.id),
          });
        },
        { actor: ACTOR, correlationId: document.orderId },
      );
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

/** True when paid orders of this appliance get an NFC-e (and so a DANFE as their receipt). */
export function fiscalEmissionActive(ctx: ModuleContext): boolean {
  return configuredFiscal(ctx) !== null && paymentsRuntime(ctx) !== null;
}

function configuredFiscal(ctx: ModuleContext): FiscalModule | null {
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
 * Puts the NFC-e emission behind the payments module's fiscal port. Runs at registration (after
 * payments and fiscal registered, before any start), so the consumer's first replay already
 * issues real documents. Appliances without payments or a configured fiscal module keep the port
 * they were built with.
 */
export function registerFiscalEmission(ctx: ModuleContext): void {
  const payments = paymentsRuntime(ctx);
  const fiscal = configuredFiscal(ctx);
  if (!payments || !fiscal) return;
  payments.fiscal = new FiscalEmissionWorkflow(ctx, fiscal);
}
