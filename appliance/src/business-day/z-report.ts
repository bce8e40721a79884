import type { z } from 'zod';
import type { zReportSchema } from '../../contract/index.js';
import { localHour } from '../kernel/clock.js';

/** Plain inputs gathered by the close workflow from payments, orders and cashier. */
export interface ZPayment {
  method: string;
  amountCents: number;
  changeCents: number;
  operatorId: string | null;
  capturedAt: string;
}

export interface ZRefund {
  method: string;
  amountCents: number;
  operatorId: string | null;
}

export interface ZOrderItem {
  productId: string;
  name: string;
  categoryId: string;
  quantity: number;
  unit: string;
  totalCents: number;
  cancelled: boolean;
}

export interface ZOrder {
  /** The order's number of the day, shown next to a write-off. */
  number?: number;
  channel: string;
  status: string;
  subtotalCents: number;
  discountCents: number;
  /** The delivery fee inside `totalCents`, with the goods' subtotal and discount: total = subtotal − discount + fee. */
  deliveryFeeCents: number;
  totalCents: number;
  items: ZOrderItem[];
  /** A manager's cortesia/perda: the order is listed under `writeOffs`, not under `sales`. */
  writeOff?: { kind: string; reason: string; amountCents: number; managerId: string | null } | null;
}

export interface ZCashierClose {
  sessionId: string;
  terminalId: string;
  operatorId: string;
  /** Printed next to the till: two shifts on one till are two drawers of the day. */
  operatorName?: string | null;
  totalExpectedCents: number;
  totalCountedCents: number;
  differenceCents: number;
  status: string;
}

/** The fiscal side of the day (documents of the day's orders), gathered by the close workflow. */
export interface ZFiscal {
  documents: { authorized: number; contingencyPending: number; cancelled: number; rejected: number; denied: number; inutilized: number; awaitingEmission: number };
  authorizedTotalCents: number;
  taxReform: boolean;
  taxes: { icmsBaseCents: number; icmsCents: number; pisCents: number; cofinsCents: number; ibsCents: number; cbsCents: number };
}

/** A store without the fiscal module issues no documents: every count and tax is zero. */
const NO_FISCAL: ZFiscal = {
  documents: { authorized: 0, contingencyPending: 0, cancelled: 0, rejected: 0, denied: 0, inutilized: 0, awaitingEmission: 0 },
  authorizedTotalCents: 0,
  taxReform: false,
  taxes: { icmsBaseCents: 0, icmsCents: 0, pisCents: 0, cofinsCents: 0, ibsCents: 0, cbsCents: 0 },
};

export interface ZReportInput {
  businessDayId: string;
  date: string;
  openedAt: string;
  closedAt: string;
  timeZone: string;
  payments: ZPayment[];
  refunds: ZRefund[];
  orders: ZOrder[];
  cashierCloses: ZCashierClose[];
  /** The service charge shares the day's payments collected (the staff's, not sales). */
  serviceCharges?: { method: string; amountCents: number }[];
  /** Display names of operators, for the printed report. */
  operatorNames?: Record<string, string>;
  fiscal?: ZFiscal;
}

type Row<K extends string> = Record<K, string> & { count: number; amountCents: number };

function group<K extends string>(key: K, entries: { k: string; amountCents: number; count?: number }[]): Row<K>[] {
  const map = new Map<string, { count: number; amountCents: number }>();
  for (const e of entries) {
    const row = map.get(e.k) ?? { count: 0, amountCents: 0 };
    row.count += e.count ?? 1;
    row.amountCents += e.amountCents;
    map.set(e.k, row);
  }
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => ({ [key]: k, ...v }) as Row<K>);
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** The hours as the day ran from its opening: a day open from 19:00 lists 19 … 23, then 00, 01 past midnight. */
function inDayOrder<R extends { hour: string }>(rows: R[], openingHour: number): R[] {
  const sinceOpening = (row: R) => (Number(row.hour) - openingHour + 24) % 24;
  return [...rows].sort((a, b) => sinceOpening(a) - sinceOpening(b));
}

/** The day's Z report. Every figure is an integer sum of centavos from the inputs. */
export function buildZReport(input: ZReportInput): ZReport {
  const completed = input.orders.filter((o) => o.status === 'COMPLETED' && !o.writeOff);
  const writtenOff = input.orders.filter((o) => o.status !== 'CANCELLED' && o.writeOff);
  const cancelled = input.orders.filter((o) => o.status === 'CANCELLED');
  const capturedCents = sum(input.payments.map((p) => p.amountCents));
  const refundedCents = sum(input.refunds.map((r) => r.amountCents));
  const methods = [...new Set([...input.payments.map((p) => p.method), ...input.refunds.map((r) => r.method)])].sort();
  const soldItems = completed.flatMap((o) => o.items.filter((i) => !i.cancelled));
  const fiscal = input.fiscal ?? NO_FISCAL;
  return {
    businessDayId: input.businessDayId,
    date: input.date,
    openedAt: input.openedAt,
    closedAt: input.closedAt,
    currency: 'BRL',
    payments: {
      count: input.payments.length,
      capturedCents,
      changeCents: sum(input.payments.map((p) => p.changeCents)),
      refundedCents,
      netCents: capturedCents - refundedCents,
      byMethod: methods.map((method) => {
        const of = input.payments.filter((p) => p.method === method);
        const refunds = input.refunds.filter((r) => r.method === method);
        const captured = sum(of.map((p) => p.amountCents));
        const refunded = sum(refunds.map((r) => r.amountCents));
        return { method, count: of.length, capturedCents: captured, refundedCents: refunded, netCents: captured - refunded };
      }),
    },
    byHour: inDayOrder(
      group('hour', input.payments.map((p) => ({ k: String(localHour(new Date(p.capturedAt), input.timeZone)).padStart(2, '0'), amountCents: p.amountCents }))),
      localHour(new Date(input.openedAt), input.timeZone),
    ),
    byOperator: group('operatorId', input.payments.map((p) => ({ k: p.operatorId ?? 'system', amountCents: p.amountCents }))).map((row) => ({
      ...row,
      // The store's own workflows (a PIX confirmed by the gateway's webhook) take payments too.
      name: input.operatorNames?.[row.operatorId] ?? (row.operatorId === 'system' ? 'Sistema' : null),
    })),
    sales: {
      ordersCount: completed.length,
      grossCents: sum(completed.map((o) => o.subtotalCents)),
      discountCents: sum(completed.map((o) => o.discountCents)),
      deliveryFeeCents: sum(completed.map((o) => o.deliveryFeeCents)),
      netCents: sum(completed.map((o) => o.totalCents)),
    },
    byChannel: group('channel', completed.map((o) => ({ k: o.channel, amountCents: o.totalCents }))),
    byCategory: group('categoryId', soldItems.map((i) => ({ k: i.categoryId, amountCents: i.totalCents }))),
    byProduct: productRows(soldItems),
    cancellations: { count: cancelled.length, amountCents: sum(cancelled.map((o) => o.totalCents)) },
    writeOffs: writeOffRows(writtenOff),
    refunds: { count: input.refunds.length, amountCents: refundedCents, byOperator: group('operatorId', input.refunds.map((r) => ({ k: r.operatorId ?? 'system', amountCents: r.amountCents }))) },
    serviceCharge: {
      count: (input.serviceCharges ?? []).length,
      amountCents: sum((input.serviceCharges ?? []).map((s) => s.amountCents)),
      byMethod: group('method', (input.serviceCharges ?? []).map((s) => ({ k: s.method, amountCents: s.amountCents }))),
    },
    cashiers: input.cashierCloses,
    // Taxes as the authorized documents declare them (cancelled ones owe none).
    taxes: { source: 'AUTHORIZED_DOCUMENTS' as const, taxReform: fiscal.taxReform, ...fiscal.taxes },
    fiscalDocuments: { ...fiscal.documents, authorizedTotalCents: fiscal.authorizedTotalCents },
  };
}

/** Cortesias and perdas: what was written off (the unpaid part), per kind and per order. */
function writeOffRows(orders: ZOrder[]) {
  const rows = orders.map((o) => ({ number: o.number, channel: o.channel, totalCents: o.totalCents, ...o.writeOff! }));
  return {
    count: rows.length,
    amountCents: sum(rows.map((r) => r.amountCents)),
    byKind: group('kind', rows.map((r) => ({ k: r.kind, amountCents: r.amountCents }))),
    orders: rows.sort((a, b) => (a.number ?? 0) - (b.number ?? 0)),
  };
}

function productRows(items: ZOrderItem[]) {
  const map = new Map<string, { productId: string; name: string; unit: string; quantity: number; amountCents: number }>();
  for (const i of items) {
    const row = map.get(i.productId) ?? { productId: i.productId, name: i.name, unit: i.unit, quantity: 0, amountCents: 0 };
    row.quantity += i.quantity;
    row.amountCents += i.totalCents;
    map.set(i.productId, row);
  }
  return [...map.values()].sort((a, b) => b.amountCents - a.amountCents || a.name.localeCompare(b.name));
}

/** The shape is the journal contract's: `business_day.closed` carries it to the printer and to HQ. */
export type ZReport = z.output<typeof zReportSchema>;
