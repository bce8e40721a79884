import { listOperations, type CashierCloseReport, type CashierOperation } from '../cashier/index.js';
import { DocumentBuilder, type PrintDocument } from '../devices/printer/document.js';
import type { CashierCloseData, PaymentMethod } from '../devices/printer/templates/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { printedZ } from './business-day-close.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting, reportPrinterOf } from './printing-routing.js';
import { storeDisplayName } from './store-profile.js';

/** The X and Z report texts are laid out for 80 mm paper. */
const REPORT_COLUMNS = 48;

/**
 * A day report (leitura X, redução Z) on paper: its printed text line by line, so the paper says
 * exactly what the screen showed and what HQ received.
 */
export function dayReportDocument(text: string): PrintDocument {
  const paper = new DocumentBuilder(REPORT_COLUMNS);
  for (const line of text.replace(/\n$/, '').split('\n')) paper.line(line);
  return paper.feed(3).cut().build();
}

/**
 * The drawer close slip. The template derives expected cash as float + cash sales + supplies −
 * withdrawals, so "cash sales" here is the cash the sales left in the drawer (tendered − change −
 * cash refunds): the slip's expected and difference then equal the cashier module's.
 */
export function cashierCloseData(report: CashierCloseReport, operations: CashierOperation[], storeName: string): CashierCloseData {
  const cash = report.lines.find((l) => l.method === 'CASH') ?? { expectedCents: report.openingFloatCents, countedCents: 0 };
  const { depositsCents, withdrawalsCents } = report.totals;
  const byMethod = new Map<PaymentMethod, { count: number; amountCents: number }>();
  for (const op of operations.filter((o) => o.type === 'SALE')) {
    const row = byMethod.get(op.method) ?? { count: 0, amountCents: 0 };
    row.count += 1;
    row.amountCents += op.amountCents - op.changeCents;
    byMethod.set(op.method, row);
  }
  return {
    store: { name: storeName },
    registerName: report.terminalId,
    operatorName: report.operatorName ?? report.operatorId,
    openedAt: report.openedAt,
    closedAt: report.closedAt,
    openingFloatCents: report.openingFloatCents,
    cashSalesCents: cash.expectedCents - report.openingFloatCents - depositsCents + withdrawalsCents,
    suppliesCents: depositsCents,
    withdrawalsCents,
    countedCashCents: cash.countedCents,
    byMethod: [...byMethod.entries()].map(([method, row]) => ({ method, ...row })),
    ...(report.drawerOpenings ? { drawerOpenings: report.drawerOpenings } : {}),
  };
}

/** The Z report when the business day closes, and the slip of each drawer when it closes. */
export function registerReportPrinting(ctx: ModuleContext): void {
  if (hasTable(ctx, 'business_days')) {
    registerPrintingConsumer(ctx, {
      name: 'workflow-print-day-report',
      events: 'business_day.closed',
      plan: (tx, event) => {
        const { businessDayId, report, text } = event.payload;
        // The Z as the close answered it and HQ received it (journals of earlier releases carry no text).
        const printed = text ?? printedZ(ctx, report);
        return {
          printerId: reportPrinterOf(readPrintRouting(tx.db)),
          kind: 'day_report',
          payload: { document: dayReportDocument(printed) },
          source: { type: 'business_day', id: businessDayId },
          dedupeKey: `day-report/${businessDayId}`,
        };
      },
    });
  }
  if (hasTable(ctx, 'cashier_sessions')) {
    registerPrintingConsumer(ctx, {
      name: 'workflow-print-cashier-close',
      events: 'cashier.session_closed',
      plan: (tx, event) => {
        const report = event.payload;
        return {
          printerId: reportPrinterOf(readPrintRouting(tx.db)),
          kind: 'cashier_close',
          payload: { template: 'cashier_close', data: cashierCloseData(report, listOperations(tx.db, report.sessionId), storeDisplayName(tx.db, ctx.config.storeName)) },
          source: { type: 'cashier_session', id: report.sessionId },
          dedupeKey: `cashier-close/${report.sessionId}`,
        };
      },
    });
  }
}
