import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok, paged } from '../kernel/http/envelope.js';
import { offsetOf, pageQuery } from '../kernel/http/pagination.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { handOverPolicyPatch, readHandOverPolicy, writeHandOverPolicy } from './hand-over.js';
import { getOrder, loadItems, orderSchema, toOrder, type OrderRow } from './model.js';
import { ORDER_CHANNELS, ORDER_STATUSES } from './state-machine.js';
import { setConsumerTaxId, taxIdAsSeenBy } from './consumer-tax-id.js';
import { setOrderItemStatus, setOrderStatus } from './transitions.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const listQuery = lazySchema(() => pageQuery(['created_at', 'number', 'total_cents', 'business_date'], 'created_at:desc').extend({
  status: z.enum(ORDER_STATUSES).optional(),
  channel: z.enum(ORDER_CHANNELS).optional(),
  tableId: z.string().max(64).optional(),
  /** Business dates, inclusive. */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
}));

const statusBody = lazySchema(() => z.object({ status: z.enum(['PREPARING', 'READY', 'DELIVERING', 'COMPLETED']) }));
const itemStatusBody = lazySchema(() => z.object({ status: z.enum(['PREPARING', 'READY', 'DELIVERED']) }));
const consumerBody = lazySchema(() => z.object({ taxId: z.string().trim().min(11).max(18).nullable() }));

export function registerOrderRoutes(ctx: ModuleContext): void {
  ctx.api.get('/orders', routeDoc({ tag: 'orders', summary: 'List orders (filter by status, channel, table, business dates)', response: () => orderSchema, query: listQuery, paged: true }), requirePermission('orders.read'), async (c) => {
    const q = readQuery(c, listQuery);
    let query = ctx.queryDb.selectFrom('orders');
    if (q.status) query = query.where('status', '=', q.status);
    if (q.channel) query = query.where('channel', '=', q.channel);
    if (q.tableId) query = query.where('table_id', '=', q.tableId);
    if (q.from) query = query.where('business_date', '>=', q.from);
    if (q.to) query = query.where('business_date', '<=', q.to);
    const rows = (await query.selectAll().orderBy(q.sort.field, q.sort.direction).orderBy('id').limit(q.size).offset(offsetOf(q)).execute()) as OrderRow[];
    const { n } = await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const items = loadItems(ctx.db, rows.map((r) => r.id));
    return paged(c, rows.map((r) => taxIdAsSeenBy(c, toOrder(r, items.get(r.id) ?? [], ctx.pii.keyring))), { page: q.page, size: q.size, total: Number(n) });
  });

  ctx.api.get('/orders/:id', routeDoc({ tag: 'orders', summary: 'One order with its items', response: () => orderSchema, errors: { 404: ['ORDER_NOT_FOUND'] } }), requirePermission('orders.read'), (c) => {
    const order = getOrder(ctx.db, readParam(c, 'id'));
    if (!order) throw notFound('ORDER_NOT_FOUND');
    return ok(c, taxIdAsSeenBy(c, order));
  });

  /** Fulfilment steps by staff (READY → DELIVERING → COMPLETED); who may do what is in state-machine.ts. */
  ctx.api.post('/orders/:id/status', routeDoc({ tag: 'orders', summary: 'A fulfilment step by staff (preparing, ready, delivering, completed)', response: () => orderSchema, body: statusBody, errors: { 404: ['ORDER_NOT_FOUND'] } }), requirePermission('orders.fulfil'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, statusBody);
    return runCommand(c, 'order.set_status', (tx) => taxIdAsSeenBy(c, setOrderStatus(tx, id, body.status)));
  });

  ctx.api.get('/order-settings/hand-over', routeDoc({ tag: 'orders', summary: 'The store\'s hand-over policy (how orders reach the customer)', response: () => import('./answers.js').then((a) => a.handOverPolicyAnswer) }), requirePermission('orders.read'), (c) => ok(c, readHandOverPolicy(ctx.db)));

  ctx.api.put('/order-settings/hand-over', routeDoc({ tag: 'orders', summary: 'Change the hand-over policy', response: () => import('./answers.js').then((a) => a.handOverPolicyAnswer), body: handOverPolicyPatch }), requirePermission('business_day.manage'), async (c) => {
    const patch = await readJson(c, handOverPolicyPatch);
    return runCommand(c, 'order.hand_over_policy', (tx) => {
      const policy = writeHandOverPolicy(tx.db, patch);
      tx.emit({ type: 'order.hand_over_policy_changed', aggregateType: 'store', aggregateId: ctx.config.storeId, payload: { policy } });
      return policy;
    });
  });

  /** "CPF na nota": the consumer's CPF or CNPJ, set or cleared (null) before the order is paid. */
  ctx.api.post('/orders/:id/consumer-tax-id', routeDoc({ tag: 'orders', summary: 'Set or clear (null) the consumer\'s CPF/CNPJ for the fiscal receipt, before payment', response: () => orderSchema, body: consumerBody, errors: { 404: ['ORDER_NOT_FOUND'], 409: ['CUSTOMER_ANONYMIZED'] } }), requirePermission('orders.create'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, consumerBody);
    return runCommand(c, 'order.set_consumer_tax_id', (tx) => setConsumerTaxId(tx, id, body.taxId));
  });

  ctx.api.post('/orders/:id/items/:itemId/status', routeDoc({ tag: 'orders', summary: 'A fulfilment step for one item', response: () => orderSchema, body: itemStatusBody, errors: { 404: ['ORDER_NOT_FOUND'] } }), requirePermission('orders.fulfil'), async (c) => {
    const id = readParam(c, 'id');
    const itemId = readParam(c, 'itemId');
    const body = await readJson(c, itemStatusBody);
    return runCommand(c, 'order.set_item_status', (tx) => taxIdAsSeenBy(c, setOrderItemStatus(tx, id, itemId, body.status)));
  });
}
