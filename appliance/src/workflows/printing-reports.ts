import type { ZReport } from '../business-day/index.js';
import { listOperations, type CashierCloseReport, type CashierOperation } from '../cashier/index.js';
import type { CashierCloseData, DayReportData, PaymentMethod } from '../devices/printer/templates/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting, reportPrinterOf } from './printing-routing.js';

const TOP_PRODUCTS = 10;

/**
 * The Z report as the day report template prints it. Tenders are shown net of refunds; the top
 * products count units only, since "1530x Buffet" would be a weight read as a count.
 */
export function dayReportData(report: ZReport, storeName: string): DayReportData {
  return {
    store: { name: storeName },
    businessDate: report.date,
    openedAt: report.openedAt,
    closedAt: report.closedAt,
    ordersCount: report.sales.ordersCount,
    cancelledCount: report.cancellations.count,
    grossCents: report.sales.grossCents,
    discountCents: report.sales.discountCents,
    netCents: report.sales.netCents,
    byMethod: report.payments.byMethod.map((m) => ({ method: m.method as PaymentMethod, count: m.count, amountCents: m.netCents })),
    topProducts: report.byProduct
      .filter((p) => p.unit === 'UNIT')
      .slice(0, TOP_PRODUCTS)
      .map((p) => ({ name: p.name, quantity: p.quantity, totalCents: p.amountCents })),
  };
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
  const storeName = ctx.config.storeName;
  if (hasTable(ctx, 'business_days')) {
    registerPrintingConsumer(ctx, {
      name: 'workflow-print-day-report',
      events: 'business_day.closed',
      plan: (tx, event) => {
        const { businessDayId, report } = event.payload;
        return {
          printerId: reportPrinterOf(readPrintRouting(tx.db)),
          kind: 'day_report',
          payload: { template: 'day_report', data: dayReportData(report, storeName) },
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
          payload: { template: 'cashier_close', data: cashierCloseData(report, listOperations(tx.db, report.sessionId), storeName) },
          source: { type: 'cashier_session', id: report.sessionId },
          dedupeKey: `cashier-close/${report.sessionId}`,
        };
      },
    });
  }
}
