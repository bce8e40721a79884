import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { createLayout, setReservation, updateTable } from './commands.js';
import { registerFloorRoutes } from './floor-routes.js';
import { TABLE_STATUSES } from './model.js';
import { findTable, listLayouts, listTables } from './queries.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const label = lazySchema(() => safeText(20));
const tableInput = lazySchema(() => z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(), label, capacity: z.number().int().min(1).max(50), seats: z.number().int().min(1).max(50).optional(), waiterId: z.string().max(64).nullish() }));
export const layoutInput = lazySchema(() => z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/).optional(),
  name: safeText(80),
  sections: z.array(z.object({ name: safeText(80), tables: z.array(tableInput).max(200) })).min(1).max(20),
}));
const tablePatch = lazySchema(() => z.object({ label: label.optional(), capacity: z.number().int().min(1).max(50).optional(), seats: z.number().int().min(1).max(50).optional(), waiterId: z.string().max(64).nullish() }));
const listQuery = lazySchema(() => z.object({ status: z.enum(TABLE_STATUSES).optional(), sectionId: z.string().max(64).optional() }));
const reservationBody = lazySchema(() => z.object({ reserved: z.boolean() }));

/** Floor plan and table settings; tabs (which touch orders) are served by the table workflows. */
export function registerTableRoutes(ctx: ModuleContext): void {
  ctx.api.get('/table-layouts', routeDoc({ tag: 'tables', summary: 'Floor layouts with their sections and tables', response: () => import('./answers.js').then((a) => a.layoutsAnswer) }), requirePermission('tables.read'), (c) => ok(c, listLayouts(ctx.db)));
  ctx.api.post('/table-layouts', routeDoc({ tag: 'tables', summary: 'Create a floor layout', response: () => import('./answers.js').then((a) => a.layoutAnswer), body: layoutInput, status: 201, errors: { 409: ['TABLE_LAYOUT_TAKEN', 'TABLE_ID_TAKEN', 'TABLE_LABEL_TAKEN'] } }), requirePermission('tables.manage'), async (c) => {
    const body = await readJson(c, layoutInput);
    return runCommand(c, 'tables.layout_create', (tx) => createLayout(tx, body), 201);
  });
  ctx.api.get('/tables', routeDoc({ tag: 'tables', summary: 'Tables with their status', response: () => import('./answers.js').then((a) => a.tablesAnswer), query: listQuery }), requirePermission('tables.read'), (c) => ok(c, listTables(ctx.db, readQuery(c, listQuery))));
  ctx.api.get('/tables/:id', routeDoc({ tag: 'tables', summary: 'One table', response: () => import('./answers.js').then((a) => a.tableAnswer), errors: { 404: ['TABLE_NOT_FOUND'] } }), requirePermission('tables.read'), (c) => {
    const table = findTable(ctx.db, readParam(c, 'id'));
    if (!table) throw notFound('TABLE_NOT_FOUND');
    return ok(c, table);
  });
  ctx.api.patch('/tables/:id', routeDoc({ tag: 'tables', summary: 'Change a table\'s label, capacity, seats or waiter', response: () => import('./answers.js').then((a) => a.tableAnswer), body: tablePatch, errors: { 404: ['TABLE_NOT_FOUND'] } }), requirePermission('tables.manage'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, tablePatch);
    return runCommand(c, 'tables.table_update', (tx) => updateTable(tx, id, body));
  });
  ctx.api.post('/tables/:id/reservation', routeDoc({ tag: 'tables', summary: 'Reserve a table or lift its reservation', response: () => import('./answers.js').then((a) => a.tableAnswer), body: reservationBody, errors: { 404: ['TABLE_NOT_FOUND'] } }), requirePermission('tables.operate'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, reservationBody);
    return runCommand(c, 'tables.reservation', (tx) => setReservation(tx, id, body.reserved));
  });
  registerFloorRoutes(ctx);
}
