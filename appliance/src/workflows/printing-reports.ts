import { cashierCloseText } from '../cashier/index.js';
import { DocumentBuilder, type PrintDocument } from '../devices/printer/document.js';
import type { ModuleContext } from '../kernel/module.js';
import { printedZ } from './business-day-close.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting, reportPrinterOf } from './printing-routing.js';

/** The X and Z report texts are laid out for 80 mm paper. */
const REPORT_COLUMNS = 48;

/**
 * A report (leitura X, redução Z, a drawer's close) on paper: its printed text line by line, so the
 * paper says exactly what the screen showed and what HQ received.
 */
export function dayReportDocument(text: string): PrintDocument {
  const paper = new DocumentBuilder(REPORT_COLUMNS);
  for (const line of text.replace(/\n$/, '').split('\n')) paper.line(line);
  return paper.feed(3).cut().build();
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
          // The slip the cashier signs is the close they read on screen: every method's count, FALTA or SOBRA, the alert.
          payload: { document: dayReportDocument(cashierCloseText(report, ctx.config.timeZone)) },
          source: { type: 'cashier_session', id: report.sessionId },
          dedupeKey: `cashier-close/${report.sessionId}`,
        };
      },
    });
  }
}
