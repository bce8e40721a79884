import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { orderLineInput } from './order-lines.js';
import { addRound, closeSettledTab, mergeTables, moveItems, moveTab, openTableTab, splitTab, tabView } from './table-tabs.js';
import { requestBill } from '../tables/index.js';

const id64 = z.string().min(1).max(64);
const splitBody = z.discriminatedUnion('method', [
  z.object({ method: z.literal('EQUAL'), parts: z.number().int().min(1).max(50) }),
  z.object({ method: z.literal('SEAT') }),
  z.object({ method: z.literal('ITEMS'), groups: z.array(z.array(id64).min(1)).min(1).max(50) }),
]);

/** Tabs on tables: open, rounds to the kitchen, transfers, merges, bill split and close. */
export function registerTableWorkflowRoutes(ctx: ModuleContext): void {
  const operate = requirePermission('tables.operate');

  ctx.api.post('/tables/:id/tab', operate, async (c) => {
    const tableId = readParam(c, 'id');
    const body = await readJson(c, z.object({ guests: z.number().int().min(1).max(50).nullish(), waiterId: id64.nullish() }));
    return runCommand(c, 'tables.open_tab', (tx) => openTableTab(tx, tableId, body), 201);
  });

  ctx.api.get('/tabs/:id', requirePermission('tables.read'), (c) => ok(c, tabView(ctx.db, readParam(c, 'id'))));

  ctx.api.post('/tabs/:id/rounds', operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, z.object({ items: z.array(orderLineInput).min(1).max(100) }));
    return runCommand(c, 'tables.round', (tx) => {
      const { order, tickets } = addRound(tx, tabId, body.items, ctx.config.timeZone);
      return { order, kitchenTickets: tickets.map((t) => ({ ticketId: t.ticketId, station: t.station, kind: t.kind })) };
    });
  });

  ctx.api.post('/tabs/:id/transfer', operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, z.object({ fromTableId: id64.nullish(), toTableId: id64 }));
    return runCommand(c, 'tables.transfer_tab', (tx) => moveTab(tx, tabId, body.fromTableId ?? null, body.toTableId));
  });

  ctx.api.post('/tabs/:id/transfer-items', operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, z.object({ itemIds: z.array(id64).min(1).max(100), toTableId: id64 }));
    return runCommand(c, 'tables.transfer_items', (tx) => moveItems(tx, tabId, body.itemIds, body.toTableId));
  });

  ctx.api.post('/tabs/:id/merge', operate, async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, z.object({ tableId: id64 }));
    return runCommand(c, 'tables.merge', (tx) => mergeTables(tx, tabId, body.tableId));
  });

  /** Computes a split for payment; changes nothing. */
  ctx.api.post('/tabs/:id/split', requirePermission('tables.read'), async (c) => {
    const tabId = readParam(c, 'id');
    const body = await readJson(c, splitBody);
    return ok(c, splitTab(ctx.db, tabId, body));
  });

  ctx.api.post('/tabs/:id/request-bill', operate, (c) => {
    const tabId = readParam(c, 'id');
    return runCommand(c, 'tables.request_bill', (tx) => requestBill(tx, tabId));
  });

  ctx.api.post('/tabs/:id/close', operate, (c) => {
    const tabId = readParam(c, 'id');
    return runCommand(c, 'tables.close_tab', (tx) => closeSettledTab(tx, tabId));
  });
}
