import type { CustomerReceiptData } from '../devices/printer/templates/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { findTable } from '../tables/index.js';
import { hasTable, registerPrintingConsumer, type PrintPlan } from './printing-consumer.js';
import { receiptItem } from './printing-receipt.js';
import { readPrintRouting } from './printing-routing.js';
import { readReceiptTexts } from './receipt-texts.js';
import { readStoreProfile } from './store-profile.js';
import { billPaidAndDue, tabView } from './table-tabs.js';

/** A tab's pré-conta: every live line of its orders, the consumption, the optional service charge. */
export function preBillData(tx: CommandTx, tabId: string, ctx: ModuleContext): CustomerReceiptData {
  const view = tabView(tx.db, tabId);
  const live = view.orders.filter((o) => o.status !== 'CANCELLED');
  const profile = readStoreProfile(tx.db, ctx.config);
  // The tab's charge (the same formula on the whole bill); none once the guests declined it.
  const serviceCents = view.serviceChargeCents;
  const { paidCents, dueCents } = billPaidAndDue(view);
  const { headerLines, footerLines } = readReceiptTexts(tx.db);
  return {
    store: { name: profile.name },
    orderNumber: live.find((o) => o.id === view.primaryOrderId)?.number ?? live[0]?.number ?? '-',
    createdAt: tx.nowIso,
    tableLabel: view.tableIds.map((id) => findTable(tx.db, id)?.label ?? id).join(' + '),
    items: live.flatMap((o) => o.items.filter((i) => i.status !== 'CANCELLED').map(receiptItem)),
    subtotalCents: live.reduce((sum, o) => sum + o.subtotalCents, 0),
    discountCents: live.reduce((sum, o) => sum + o.discountCents, 0),
    ...(serviceCents > 0 ? { serviceFeeCents: serviceCents } : {}),
    totalCents: view.totalCents + serviceCents,
    payments: [],
    changeCents: 0,
    ...(headerLines.length ? { headerLines } : {}),
    ...(footerLines.length ? { footerLines } : {}),
    // A guest who already paid their part: the table reads what is left, not the whole bill again.
    preBill: { servicePercent: profile.serviceChargeBp / 100, ...(paidCents > 0 ? { paidCents, dueCents } : {}) },
  };
}

function planPreBill(tx: CommandTx, tabId: string, seq: number, ctx: ModuleContext): PrintPlan {
  return {
    printerId: readPrintRouting(tx.db).receiptPrinterId,
    kind: 'pre_bill',
    payload: { template: 'customer_receipt', data: preBillData(tx, tabId, ctx) },
    source: { type: 'tab', id: tabId },
    // Each request prints (the guests may ask again after another round); a replay of the same one does not.
    dedupeKey: `pre-bill/${tabId}/${seq}`,
  };
}

/** The pré-conta (conferência de mesa) on the receipt printer when a table asks for the bill. */
export function registerPreBillPrinting(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'dining_tables')) return;
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-pre-bill',
    events: 'tables.bill_requested',
    plan: (tx, event) => planPreBill(tx, event.payload.tabId, event.seq, ctx),
  });
}
