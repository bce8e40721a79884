import type { CustomerReceiptData, ReceiptItem } from '../devices/printer/templates/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, type Order } from '../orders/index.js';
import { listPaymentsOfOrder, type Payment } from '../payments/index.js';
import { findTable } from '../tables/index.js';
import { fiscalEmissionActive } from './fiscal-emission.js';
import { hasTable, registerPrintingConsumer, type PrintPlan } from './printing-consumer.js';
import { readPrintRouting, tillPrinterOf } from './printing-routing.js';
import { lastDrawerOf } from './receipt-printer.js';
import { readReceiptTexts } from './receipt-texts.js';
import { storeDisplayName } from './store-profile.js';

export interface ReceiptContext {
  storeName: string;
  operatorName?: string;
  tableLabel?: string;
  headerLines?: string[];
  footerLines?: string[];
}

export function receiptItem(item: Order['items'][number]): ReceiptItem {
  const notes = [...item.options.map((o) => `+ ${o.name}`), ...(item.notes ? [item.notes] : [])].join(', ');
  // Lines show their gross amount so they add up to the subtotal; discounts are one line below it.
  return { name: item.name, quantity: item.quantity, unit: item.unit, unitPriceCents: item.unitPriceCents, totalCents: item.grossCents, ...(notes ? { notes } : {}) };
}

/** A tender as the receipt shows it: a simulated TEF says so, a standalone-machine card shows what the cashier typed. */
function receiptPayment(p: Payment): CustomerReceiptData['payments'][number] {
  const base = { method: p.method, amountCents: p.amountCents };
  if (p.provider === 'CARD_MACHINE') return { ...base, cardMachine: { brand: (p.details.brand as string | null) ?? null, nsu: (p.details.nsu as string | null) ?? null } };
  if (p.provider === 'TEF' && p.details.simulated === true) return { ...base, simulated: true };
  return base;
}

/** The customer receipt of a paid order: its live lines and the tenders that paid it. */
export function customerReceiptData(order: Order, payments: Payment[], context: ReceiptContext): CustomerReceiptData {
  const captured = payments.filter((p) => p.status === 'CAPTURED');
  return {
    store: { name: context.storeName },
    orderNumber: order.number,
    createdAt: order.paidAt ?? order.createdAt,
    ...(context.tableLabel ? { tableLabel: context.tableLabel } : {}),
    ...(context.operatorName ? { operatorName: context.operatorName } : {}),
    items: order.items.filter((i) => i.status !== 'CANCELLED').map(receiptItem),
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    ...(order.deliveryFeeCents > 0 ? { deliveryFeeCents: order.deliveryFeeCents } : {}),
    totalCents: order.totalCents,
    payments: captured.map(receiptPayment),
    changeCents: captured.reduce((sum, p) => sum + p.changeCents, 0),
    ...(context.headerLines?.length ? { headerLines: context.headerLines } : {}),
    ...(context.footerLines?.length ? { footerLines: context.footerLines } : {}),
  };
}

export function planReceipt(tx: CommandTx, orderId: string, storeName: string, withTables: boolean): PrintPlan | null {
  const order = getOrder(tx.db, orderId);
  if (!order) return null;
  const payments = listPaymentsOfOrder(tx.db, orderId);
  const drawer = lastDrawerOf(payments, tx.db);
  const operatorName = drawer?.operatorName ?? undefined;
  const tableLabel = withTables && order.tableId ? findTable(tx.db, order.tableId)?.label : undefined;
  return {
    printerId: tillPrinterOf(readPrintRouting(tx.db), drawer?.terminalId),
    kind: 'customer_receipt',
    payload: { template: 'customer_receipt', data: customerReceiptData(order, payments, { storeName, operatorName, tableLabel, ...readReceiptTexts(tx.db) }) },
    source: { type: 'order', id: orderId },
    dedupeKey: `receipt/${orderId}`,
  };
}

/**
 * One customer receipt per order, when it is paid in full (`order.paid`, emitted once by
 * orders.markOrderPaid in the payment workflow's transaction).
 */
export function registerReceiptPrinting(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'payments') || !hasTable(ctx, 'cashier_sessions')) return;
  // A store without the tables module still prints receipts, just without a table label.
  const withTables = hasTable(ctx, 'dining_tables');
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-receipt',
    events: 'order.paid',
    // Where NFC-e is issued the DANFE is the customer's receipt; a second, non-fiscal slip only wastes
    // paper. Asked per sale: the fiscal wizard turns emission on while the store runs.
    plan: (tx, event) => (fiscalEmissionActive(ctx) ? null : planReceipt(tx, event.payload.orderId, storeDisplayName(tx.db, ctx.config.storeName), withTables)),
    // The same question, before a command is opened for nothing on every sale of a fiscal store.
    printsNothing: () => fiscalEmissionActive(ctx),
  });
}
