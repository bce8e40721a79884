import { findOpenBusinessDay } from '../business-day/index.js';
import { businessRule } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { newId } from '../kernel/ids.js';
import type { ModuleContext } from '../kernel/module.js';
import { enqueuePrintJob } from '../printing/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { xReportText, zReportOf } from './business-day-close.js';
import { dayReportDocument } from './printing-reports.js';
import { readPrintRouting, reportPrinterOf } from './printing-routing.js';

/**
 * `POST /business-days/current/x-report/print`: the leitura X of the open day on the report printer,
 * the same text the screen shows, so what the cashier read is what goes on paper. Each call prints
 * the day as it is then (its own dedupe key); a retry with the same Idempotency-Key does not.
 */
export function registerXReportPrinting(ctx: ModuleContext): void {
  ctx.api.post(
    '/business-days/current/x-report/print',
    routeDoc({
      tag: 'business-day',
      summary: 'Print the X report of the open day on the report printer',
      status: 201,
      response: () => import('./answers.js').then((a) => a.printQueuedAnswer),
      errors: { 404: ['PRINTER_NOT_FOUND'], 422: ['BUSINESS_DAY_NOT_OPEN', 'PRINT_REPORT_PRINTER_MISSING'] },
    }),
    // Paper at the till is the store acting, not reading: the managers who run the day print it
    // (an integration key with the reports scope reads the X, never prints it).
    requirePermission('business_day.manage'),
    (c) =>
      runCommand(
        c,
        'business_day.print_x_report',
        (tx) => {
          const day = findOpenBusinessDay(tx.db);
          if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
          const printerId = reportPrinterOf(readPrintRouting(tx.db));
          if (!printerId) throw businessRule('PRINT_REPORT_PRINTER_MISSING');
          const document = dayReportDocument(xReportText(ctx, zReportOf(tx, day, ctx.config.timeZone)));
          const job = enqueuePrintJob(tx, { printerId, kind: 'x_report', payload: { document }, source: { type: 'business_day', id: day.id }, dedupeKey: `x-report/${newId()}` });
          return { jobId: job.id, kind: job.kind, printerId: job.printerId };
        },
        201,
      ),
  );
}
