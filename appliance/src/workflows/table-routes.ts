import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { taxIdAsSeenBy } from '../orders/index.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { orderLineInput } from './order-lines.js';
import { addRound, closeSettledTab, mergeTables, moveItems, moveTab, openTableTab, splitTab, tabView } from './table-tabs.js';
import { requestBill, setServiceChargeWaived } from '../tables/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const id64 = lazySchema(() => z.string().min(1).max(64));
const splitBody = lazySchema(() => z.discriminatedUnion('method', [
  z.object({ method: z.literal('EQUAL'), parts: z.number().int().min(1).max(50) }),
  z.object({ method: z.literal('SEAT') }),
  z.object({ method: z.literal('ITEMS'), groups: z.array(z.array(id64).min(1)).min(1).max(50) }),
]));

const openTabBody = lazySchema(() => z.object({ guests: z.number().int().min(1).max(50).nullish(), waiterId: id64.nullish() }));
const roundBody = lazySchema(() =>
  z.object({
    items: z.array(orderLineInput).min(1).max(100),
    /** The table the waiter took the round at: on joined tables its seats are that table's. */
    tableId: id64.nullish(),
  }),
);
const transferBody = lazySchema(() => z.object({ fromTableId: id64.nullish(), toTableId: id64 }));
const transferItemsBody = lazySchema(() => z.object({ itemIds: z.array(id64).min(1).max(100), toTableId: id64 }));
const mergeBody = lazySchema(() => z.object({ tableId: id64 }));
const serviceChargeBody = lazySchema(() => z.object({ waived: z.boolean() }));

/** Tabs on tables: open, rounds to the kitchen, transfers, merges, bill split and close. */
export function registerTableWorkflowRoutes(ctx: ModuleContext): void {
  const operate = requirePermission('tables.operate');

  ctx.api.post('/tables/:id/tab', routeDoc({ tag: 'tables', summary: 'Open a tab on a table', body: openTabBody, status: 201, errors: { 404: ['TABLE_NOT_FOUND'] }, response: () => import('./answers.js').then((a) => a.tabViewAnswer) }), operate, async (c) => {
    const tableId = readParam(c, 'id');
    const body = await readJson(c, openTabBody);
    return runCommand(c, 'tables.open_tab', (tx) => openTableTab(tx, tableId, body), 201);
  });

  ctx.api.get('/tabs/:id', routeDoc({ tag: 'tables', summary: 'A tab with its orders, items and balance', response: () => import('./answers.js').then((a) => a.tabViewAnswer) }), requirePermission('tables.read'), (c) => {
    const view = tabView(ctx.db, readParam(c, 'id'));
    return ok(c, { ...view, orders: view.orders.map((order) => taxIdAsSeenBy(c, order)) });
  });

  ctx.api.post('/tabs/:id/rounds', routeDoc({ tag: 'tables', summary: 'Add a round of items to a tab; it goes to the kitchen', body: roundBody, response: () => import('./answers.js').then((a) => a.roundAnswer), errors: { 422: ['ORDER_ALREADY_PAID'] } }), operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, roundBody);
    return runCommand(c, 'tables.round', (tx) => {
      const { order, tickets } = addRound(tx, tabId, body.items, ctx.config.timeZone, body.tableId ?? null);
      return { order, kitchenTickets: tickets.map((t) => ({ ticketId: t.ticketId, station: t.station, kind: t.kind })) };
    });
  });

  ctx.api.post('/tabs/:id/transfer', routeDoc({ tag: 'tables', summary: 'Move a tab to another table', body: transferBody, response: () => import('./answers.js').then((a) => a.tabViewAnswer) }), operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, transferBody);
    return runCommand(c, 'tables.transfer_tab', (tx) => moveTab(tx, tabId, body.fromTableId ?? null, body.toTableId));
  });

  ctx.api.post('/tabs/:id/transfer-items', routeDoc({ tag: 'tables', summary: 'Move items of a tab to another table', body: transferItemsBody, response: () => import('./answers.js').then((a) => a.movedItemsAnswer), errors: { 422: ['ORDER_ALREADY_PAID', 'ORDER_TRANSFER_OVER_PAID', 'ORDER_TRANSFER_DISCOUNTED'] } }), operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, transferItemsBody);
    return runCommand(c, 'tables.transfer_items', (tx) => moveItems(tx, tabId, body.itemIds, body.toTableId));
  });

  ctx.api.post('/tabs/:id/merge', routeDoc({ tag: 'tables', summary: 'Merge another table\'s tab into this one', description: 'One bill: the joining tab\'s lines move onto this tab\'s order and its emptied order is cancelled. An order with money on it (paid, a PIX charge open, a discount) keeps its lines and stays a second order of the tab.', body: mergeBody, response: () => import('./answers.js').then((a) => a.tabViewAnswer) }), operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, mergeBody);
    return runCommand(c, 'tables.merge', (tx) => mergeTables(tx, tabId, body.tableId));
  });

  /** Computes a split for payment; changes nothing. */
  ctx.api.post('/tabs/:id/split', routeDoc({ tag: 'tables', summary: 'Compute a bill split (equal, by seat, by items); changes nothing', body: splitBody, response: () => import('./answers.js').then((a) => a.billSplitAnswer) }), requirePermission('tables.read'), async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, splitBody);
    return ok(c, splitTab(ctx.db, tabId, body));
  });

  /** The guests decline the service charge (or accept it again): a deliberate, journaled action at the table or the till. */
  ctx.api.post(
    '/tabs/:id/service-charge',
    routeDoc({
      tag: 'tables',
      summary: 'Decline (waived: true) or restore the service charge of a tab',
      description: 'Later payments of the tab collect no service charge while it is waived; what was already collected stays.',
      body: serviceChargeBody,
      errors: { 404: ['TAB_NOT_FOUND'], 422: ['TAB_NOT_OPEN'] },
      response: () => import('./answers.js').then((a) => a.tabViewAnswer),
    }),
    operate,
    async (c) => {
      const tabId = readParam(c, 'id');
      const body = await readJson(c, serviceChargeBody);
      return runCommand(c, 'tables.service_charge', (tx) => {
        setServiceChargeWaived(tx, tabId, body.waived);
        return tabView(tx.db, tabId);
      });
    },
  );

  ctx.api.post('/tabs/:id/request-bill', routeDoc({ tag: 'tables', summary: 'Ask for the bill: the table shows as paying', response: () => import('./answers.js').then((a) => a.tabAnswer) }), operate, (c) => {
    const tabId = readParam(c, 'id');
    return runCommand(c, 'tables.request_bill', (tx) => requestBill(tx, tabId));
  });

  ctx.api.post('/tabs/:id/close', routeDoc({ tag: 'tables', summary: 'Close a settled tab and free the table', response: () => import('./answers.js').then((a) => a.tabViewAnswer) }), operate, (c) => {
    const tabId = readParam(c, 'id');
    return runCommand(c, 'tables.close_tab', (tx) => closeSettledTab(tx, tabId));
  });
}
