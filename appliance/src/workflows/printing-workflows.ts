import type { ModuleContext } from '../kernel/module.js';
import { hasTable } from './printing-consumer.js';
import { registerKitchenTicketPrinting, registerKitchenTicketReprint, registerPaperTicketClosing } from './printing-kitchen.js';
import { registerKitchenNoticePrinting } from './printing-kitchen-notices.js';
import { registerKitchenPaperWithdrawal } from './printing-kitchen-withdrawal.js';
import { registerPreBillPrinting } from './printing-prebill.js';
import { registerReceiptPrinting } from './printing-receipt.js';
import { registerReportPrinting } from './printing-reports.js';
import { registerReceiptReprint } from './printing-reprint.js';
import { registerPrintRoutingRoutes } from './printing-routing.js';
import { registerCardSlipPrinting } from './printing-card-slip.js';
import { registerDrawerKicks } from './printing-drawer.js';
import { registerXReportPrinting } from './printing-x-report.js';

/**
 * What the store prints on its own: receipts, kitchen tickets for stations without a screen, the
 * tables' pré-contas, the Z report and drawer close slips, the till's cash drawer pulse, the card
 * terminal's slips of a TEF sale or estorno; on request,
 * a receipt's or a kitchen ticket's copy and the X report. Each is a durable journal consumer
 * queueing a deduplicated job on the print queue, so a crash or a replay never loses a print and
 * never prints one twice. A screenless station's ticket is closed once its paper printed, and a
 * slip tells it when that order is cancelled or its lines move to another table; paper not printed
 * yet by then is withdrawn instead (and queued again as it stands when it moved).
 */
export function registerPrintingWorkflows(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'print_jobs')) return;
  registerPrintRoutingRoutes(ctx);
  registerReceiptPrinting(ctx);
  registerKitchenTicketPrinting(ctx);
  registerPaperTicketClosing(ctx);
  registerKitchenNoticePrinting(ctx);
  registerKitchenPaperWithdrawal(ctx);
  registerKitchenTicketReprint(ctx);
  registerReportPrinting(ctx);
  registerPreBillPrinting(ctx);
  registerReceiptReprint(ctx);
  registerDrawerKicks(ctx);
  registerCardSlipPrinting(ctx);
  if (hasTable(ctx, 'business_days')) registerXReportPrinting(ctx);
}
