import { findOpenBusinessDay } from '../business-day/index.js';
import { businessRule, notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { Db } from '../kernel/db/open.js';
import { cancelOrder, createOrder, getOrder, isSettled, moveOrderItems, setOrderTable, type Order } from '../orders/index.js';
import { orderBalance } from '../payments/index.js';
import {
  addOrderToTab,
  closeTab,
  currentTabOf,
  findTab,
  findTabOfTable,
  findTable,
  forgetLineTables,
  mergeTabs,
  moveLineTables,
  openTabIds,
  openTabOnTable,
  recordLineTable,
  recordedLineTables,
  reopenBill,
  splitByItems,
  splitBySeat,
  splitEqually,
  transferTab,
  type Bill,
  type BillPart,
  type Tab,
} from '../tables/index.js';
import { formatBrl } from '../kernel/money.js';
import { tableExists } from './store-schema.js';
import { withdrawPromotionsOfSplitRounds } from './cancelled-line-promotions.js';
import { addPricedItems, confirmAndRoute } from './order-commands.js';
import { moveKitchenWithLines, moveKitchenWithOrder } from './kitchen-moved-lines.js';
import { moveStockHolds } from './order-stock-hold.js';
import type { OrderLineInput } from './order-lines.js';
import { splitServiceShares, tabServiceCharge, type TabServiceCharge } from './service-charge.js';

export interface TabView extends Tab, TabServiceCharge {
  orders: Order[];
  totalCents: number;
  /** Captured so far on the tab's orders: the waiter sees the till's progress without payment rights. */
  paidCents: number;
  /** The label of the table each live line was ordered at, by line: joined tables each keep their own seats. */
  lineTables: Record<string, string>;
}

function liveTab(db: Db, tabId: string): Tab {
  const tab = findTab(db, tabId);
  if (!tab) throw notFound('TAB_NOT_FOUND', { tabId });
  if (tab.status !== 'OPEN' && tab.status !== 'CLOSING') throw businessRule('TAB_NOT_OPEN', { tabId, status: tab.status });
  return tab;
}

export function tabView(db: Db, tabId: string): TabView {
  const tab = findTab(db, tabId);
  if (!tab) throw notFound('TAB_NOT_FOUND', { tabId });
  const orders = tab.orderIds.map((id) => getOrder(db, id)!).filter(Boolean);
  const live = orders.filter((o) => o.status !== 'CANCELLED');
  const payments = tableExists(db, 'payments');
  const totalCents = live.reduce((sum, o) => sum + o.totalCents, 0);
  const paidCents = payments ? live.reduce((sum, o) => sum + orderBalance(db, o.id, o.totalCents).paidCents, 0) : 0;
  return { ...tab, orders, totalCents, paidCents, lineTables: lineTablesOf(db, tab, live), ...tabServiceCharge(db, tabId, totalCents, paidCents) };
}

/**
 * The table each live line was ordered at: the one recorded when its table joined another's
 * order, else its order's (a tab moved to another table takes its lines' seats along).
 */
function lineTablesOf(db: Db, tab: Tab, live: Order[]): Record<string, string> {
  const lines = live.flatMap((o) => o.items.filter((i) => i.status !== 'CANCELLED').map((item) => ({ itemId: item.itemId, orderTableId: o.tableId })));
  const recorded = recordedLineTables(db, lines.map((l) => l.itemId));
  const labels = new Map<string, string>();
  const labelOf = (tableId: string) => labels.get(tableId) ?? labels.set(tableId, findTable(db, tableId)?.label ?? tableId).get(tableId)!;
  return Object.fromEntries(lines.flatMap(({ itemId, orderTableId }) => {
    const tableId = recorded.get(itemId) ?? orderTableId ?? tab.tableIds[0];
    return tableId ? [[itemId, labelOf(tableId)]] : [];
  }));
}

/**
 * What the table has paid (goods and service charge) and what it still owes: the pré-conta's and
 * the waiter's phone's figures. The service charge still due is none once the goods are paid.
 */
export function billPaidAndDue(view: TabView): { paidCents: number; dueCents: number } {
  const goodsDue = Math.max(0, view.totalCents - view.paidCents);
  const serviceDue = view.serviceChargeWaived || goodsDue === 0 ? 0 : Math.max(0, view.serviceChargeCents - view.serviceChargePaidCents);
  return { paidCents: view.paidCents + view.serviceChargePaidCents, dueCents: goodsDue + serviceDue };
}

/** A new tab is an empty TABLE order on the open business day, tied to the table. */
function newTabOrder(tx: CommandTx, tableId: string): Order {
  const day = findOpenBusinessDay(tx.db);
  if (!day) throw businessRule('BUSINESS_DAY_NOT_OPEN');
  return createOrder(tx, { businessDate: day.date, businessDayId: day.id, channel: 'TABLE', tableId, items: [] });
}

export function openTableTab(tx: CommandTx, tableId: string, input: { guests?: number | null; waiterId?: string | null }): TabView {
  const table = findTable(tx.db, tableId);
  if (!table) throw notFound('TABLE_NOT_FOUND', { tableId });
  if (table.currentTabId) throw businessRule('TABLE_HAS_TAB', { tableId, tabId: table.currentTabId }, { label: table.label });
  const order = newTabOrder(tx, tableId);
  const tab = openTabOnTable(tx, { tableId, orderId: order.id, guests: input.guests, waiterId: input.waiterId ?? tx.actor?.id ?? null });
  return tabView(tx.db, tab.id);
}

/**
 * The tab's order still open for new lines: its own order first, then the others in the order
 * they joined. A settled order (paid at the till, the guests staying) takes no more lines.
 */
function openOrderOfTab(db: Db, tab: Tab): Order | null {
  for (const orderId of [tab.primaryOrderId, ...tab.orderIds]) {
    const order = getOrder(db, orderId);
    if (order && unsettled(order)) return order;
  }
  return null;
}

/**
 * The order new lines of the tab go on: its open order. Once every order of the tab is paid (at
 * the till, the guests staying on) a new order joins the tab, so the waiter can still take the
 * next round at the table: a paid order itself never takes more lines (its payments and NFC-e
 * cover exactly what it holds).
 */
function orderTakingLines(tx: CommandTx, tab: Tab): string {
  // New lines after the bill was asked for: the printed pré-conta is no longer the bill.
  reopenBill(tx, tab.id);
  const open = openOrderOfTab(tx.db, tab);
  if (open) return open.id;
  const order = newTabOrder(tx, tab.tableIds[0]);
  addOrderToTab(tx, tab.id, order.id);
  return order.id;
}

/**
 * A round: priced lines added to the tab's open order and sent to the kitchen at once. A round for
 * a tab joined into another meanwhile (a phone that queued it on a bad signal while a colleague
 * joined the tables) goes on the joined bill: the guests are there now. `atTableId` is the table
 * the waiter took it at: on joined tables its seats are that table's, not those of the table
 * whose order takes the lines.
 */
export function addRound(tx: CommandTx, tabId: string, lines: OrderLineInput[], timeZone: string, atTableId: string | null = null) {
  const tab = liveTab(tx.db, currentTabOf(tx.db, tabId)?.id ?? tabId);
  const orderId = orderTakingLines(tx, tab);
  const before = new Set(getOrder(tx.db, orderId)!.items.map((i) => i.itemId));
  const order = addPricedItems(tx, orderId, lines, timeZone);
  // A table no longer the tab's (moved while the round was queued) names no seat: the round still goes.
  if (atTableId && atTableId !== order.tableId && tab.tableIds.includes(atTableId)) {
    recordLineTable(tx, atTableId, order.items.filter((i) => !before.has(i.itemId)).map((i) => i.itemId));
  }
  return confirmAndRoute(tx, orderId);
}

/**
 * Moves the tab from one of its tables to another. Its open orders follow the guests; an order
 * already closed (served and paid at the till, or emptied when its table joined) stays where it
 * was served: it is history, and a closed order takes no change.
 */
export function moveTab(tx: CommandTx, tabId: string, fromTableId: string | null, toTableId: string): TabView {
  const tab = liveTab(tx.db, tabId);
  const from = fromTableId ?? tab.tableIds[0];
  transferTab(tx, tabId, from, toTableId);
  // Lines of that table that joined another table's order follow their guests too.
  moveLineTables(tx, tab.orderIds.flatMap((orderId) => getOrder(tx.db, orderId)?.items.map((i) => i.itemId) ?? []), from, toTableId);
  for (const orderId of tab.orderIds) {
    const order = getOrder(tx.db, orderId);
    // The kitchen cooks for the table the guests moved to.
    if (order?.tableId === from && order.status !== 'COMPLETED' && order.status !== 'CANCELLED') moveKitchenWithOrder(tx, setOrderTable(tx, orderId, toTableId));
  }
  return tabView(tx.db, tabId);
}

/**
 * Moves lines to another table's tab, opening one there when the table is free. Both bills
 * change: a pré-conta already handed to either table is no longer its bill, so each is open again.
 */
export function moveItems(tx: CommandTx, tabId: string, itemIds: string[], toTableId: string): { from: TabView; to: TabView } {
  const tab = liveTab(tx.db, tabId);
  reopenBill(tx, tabId);
  const target = findTable(tx.db, toTableId);
  if (!target) throw notFound('TABLE_NOT_FOUND', { tableId: toTableId });
  let targetTab = findTabOfTable(tx.db, toTableId);
  if (targetTab?.id === tabId) throw businessRule('TAB_SAME_TAB', { tabId });
  if (!targetTab) targetTab = findTab(tx.db, openTableTab(tx, toTableId, {}).id)!;
  const intoOrderId = orderTakingLines(tx, targetTab);
  const remaining = new Set(itemIds);
  for (const orderId of tab.orderIds) {
    const lines = getOrder(tx.db, orderId)!.items.filter((i) => remaining.has(i.itemId));
    if (lines.length === 0) continue;
    const mine = lines.map((i) => i.itemId);
    const { from, to } = withdrawPromotionsOfSplitRounds(tx, moveOrderItems(tx, orderId, intoOrderId, mine), lines);
    assertStillCoversPayments(tx.db, from);
    moveStockHolds(tx, from, to);
    moveKitchenWithLines(tx, { from, to }, mine);
    seatLinesAt(tx, toTableId, to.tableId, mine);
    mine.forEach((id) => remaining.delete(id));
  }
  if (remaining.size > 0) throw businessRule('ORDER_ITEM_NOT_FOUND', { tabId, itemIds: [...remaining] });
  return { from: tabView(tx.db, tabId), to: tabView(tx.db, targetTab.id) };
}

/**
 * Lines moved to a table are its guests' now: they take its seats, also when the table is joined
 * to another whose order takes the lines.
 */
function seatLinesAt(tx: CommandTx, tableId: string, orderTableId: string | null, itemIds: string[]): void {
  forgetLineTables(tx, itemIds);
  if (tableId !== orderTableId) recordLineTable(tx, tableId, itemIds);
}

/**
 * Joined tables are one bill, as the pré-conta shows them: the joining tab's lines move onto this
 * tab's open order and its emptied order is cancelled, so a card at the table can pay any part of
 * the whole (a payment books on one order). An order with money on it already (paid, a PIX charge
 * open, a discount) keeps its lines, which its payments and NFC-e cover, and stays a second order
 * of the tab; so does everything when no order of this tab is open any more.
 */
export function mergeTables(tx: CommandTx, tabId: string, otherTableId: string): TabView {
  const tab = liveTab(tx.db, tabId);
  const table = findTable(tx.db, otherTableId);
  if (!table) throw notFound('TABLE_NOT_FOUND', { tableId: otherTableId });
  const other = findTabOfTable(tx.db, otherTableId);
  if (!other) throw businessRule('TABLE_HAS_NO_TAB', { tableId: otherTableId }, { label: table.label });
  // Dishes joining a bill whose pré-conta was handed out: that pré-conta is no longer the bill.
  if (hasLiveLines(tx.db, other)) reopenBill(tx, tabId);
  const into = openOrderOfTab(tx.db, tab);
  mergeTabs(tx, tabId, other.id);
  if (into) {
    for (const orderId of other.orderIds) {
      const joining = getOrder(tx.db, orderId);
      if (!joining || !unsettled(joining) || joining.manualDiscountCents > 0 || hasMoney(tx.db, joining)) continue;
      const lines = joining.items.filter((i) => i.status !== 'CANCELLED').map((i) => i.itemId);
      if (lines.length > 0) {
        const moved = moveOrderItems(tx, orderId, into.id, lines);
        // Its guests keep their seats: table 5's seat 1 is not the seat 1 of the order it joined.
        recordLineTable(tx, joining.tableId ?? otherTableId, lines);
        moveStockHolds(tx, moved.from, moved.to);
        moveKitchenWithLines(tx, moved, lines);
      }
      cancelOrder(tx, orderId, `mesa ${table.label} juntada`);
    }
  }
  return tabView(tx.db, tabId);
}

/** Anything ordered on the tab and not cancelled: what a pré-conta of the tab would print. */
function hasLiveLines(db: Db, tab: Tab): boolean {
  return tab.orderIds.some((orderId) => {
    const order = getOrder(db, orderId);
    return order !== null && order.status !== 'CANCELLED' && order.items.some((i) => i.status !== 'CANCELLED');
  });
}

/**
 * A partly paid order keeps at least what was paid (or is being paid by a PIX charge) for: its
 * payments and NFC-e cover those lines, and an order owing less than was paid never settles.
 */
function assertStillCoversPayments(db: Db, order: Order): void {
  if (!tableExists(db, 'payments')) return;
  const balance = orderBalance(db, order.id, order.totalCents);
  const paidCents = balance.paidCents + balance.pendingCents;
  if (paidCents > order.totalCents) throw businessRule('ORDER_TRANSFER_OVER_PAID', { orderId: order.id, paidCents, totalCents: order.totalCents }, { number: order.number, paid: formatBrl(paidCents) });
}

const unsettled = (order: Order) => order.status !== 'CANCELLED' && order.status !== 'COMPLETED' && !order.paidAt && !order.writeOff;

/** Anything paid or being paid (a PIX charge open) on the order; none where the appliance runs without payments. */
function hasMoney(db: Db, order: Order): boolean {
  if (!tableExists(db, 'payments')) return false;
  const balance = orderBalance(db, order.id, order.totalCents);
  return balance.paidCents + balance.pendingCents > 0;
}

export type SplitRequest = { method: 'EQUAL'; parts: number } | { method: 'SEAT' } | { method: 'ITEMS'; groups: string[][] };

/** The tab's bill as the split sees it: each live line with the table it was ordered at, so joined tables keep their own seats. */
function billOfTab(db: Db, view: TabView): Bill {
  const live = view.orders.filter((o) => o.status !== 'CANCELLED');
  const tableLabels = view.tableIds.map((id) => findTable(db, id)?.label ?? id);
  return {
    tableLabels,
    items: live.flatMap((o) =>
      o.items.filter((i) => i.status !== 'CANCELLED').map((i) => ({ itemId: i.itemId, seat: i.seat, tableLabel: view.lineTables[i.itemId] ?? tableLabels[0], totalCents: i.totalCents })),
    ),
    manualDiscountCents: live.reduce((sum, o) => sum + o.manualDiscountCents, 0),
  };
}

/** The tab's bill split for payment: parts always add up to the tab total exactly. */
export function splitTab(db: Db, tabId: string, request: SplitRequest): { totalCents: number; serviceChargeCents: number; parts: (BillPart & { serviceChargeCents: number })[] } {
  const view = tabView(db, tabId);
  const bill = billOfTab(db, view);
  const parts = request.method === 'EQUAL' ? splitEqually(bill, request.parts) : request.method === 'SEAT' ? splitBySeat(bill) : splitByItems(bill, request.groups);
  // Each part's share on the tab's own base (goods paid while the charge was declined carry none),
  // telescoping so the shares add up to the tab's service charge to the centavo; the card at the
  // table collects the same way, in the order the parts are paid.
  const shares = splitServiceShares(db, tabId, view.paidCents, parts.map((part) => part.amountCents));
  const withService = parts.map((part, i) => ({ ...part, serviceChargeCents: shares[i] }));
  return { totalCents: view.totalCents, serviceChargeCents: view.serviceChargeCents, parts: withService };
}

/**
 * Closes a settled tab: every order paid, written off by a manager, comped to nothing left to pay,
 * or cancelled. An order left without lines (never used, or everything transferred away) is
 * cancelled so it does not stay open on the business day.
 */
export function closeSettledTab(tx: CommandTx, tabId: string): TabView {
  const view = tabView(tx.db, tabId);
  liveTab(tx.db, tabId);
  for (const order of view.orders) {
    if (order.status === 'CANCELLED' || order.status === 'COMPLETED' || order.paidAt || order.writeOff) continue;
    if (order.items.every((i) => i.status === 'CANCELLED')) cancelOrder(tx, order.id, 'comanda fechada sem itens');
    // Comped whole by a manager: nothing to collect, it completes when the kitchen hands it over.
    else if (!isSettled(order)) throw businessRule('TAB_NOT_SETTLED', { tabId, orderId: order.id });
  }
  closeTab(tx, tabId);
  return tabView(tx.db, tabId);
}

/**
 * At the day close: every tab whose orders are all settled (paid, written off by the close,
 * cancelled, or never used) is closed and its tables freed, so the next day starts on a free
 * floor. A tab still owing keeps its tables; its order blocks the close anyway.
 */
export function closeSettledTabs(tx: CommandTx): void {
  for (const tabId of openTabIds(tx.db)) {
    const settled = tabView(tx.db, tabId).orders.every((o) => o.status === 'CANCELLED' || o.status === 'COMPLETED' || isSettled(o) || o.items.every((i) => i.status === 'CANCELLED'));
    if (settled) closeSettledTab(tx, tabId);
  }
}
