import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { assertPermission, requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder, ORDER_CHANNELS, orderSchema } from '../orders/index.js';
import { verifiedOverrideOf } from './manager-override.js';
import { addPricedItems, cancelWithApproval, confirmAndRoute, discountWithApproval, placeOrder } from './order-commands.js';
import { orderLineInput } from './order-lines.js';
import { MAX_ORDER_TOTAL_CENTS } from '../kernel/money.js';
import { safeText } from '../kernel/safe-text.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const id64 = lazySchema(() => z.string().min(1).max(64));
const createBody = lazySchema(() => z.object({
  channel: z.enum(ORDER_CHANNELS),
  items: z.array(orderLineInput).min(1).max(100),
  tableId: id64.nullish(),
  customerId: id64.nullish(),
  /** "CPF na nota": CPF or CNPJ, with or without punctuation. */
  consumerTaxId: z.string().trim().min(11).max(18).nullish(),
  notes: safeText(500, 0).nullish(),
  /** Confirm in the same command (needs `orders.confirm` too): the till's "send to the kitchen" is one request and one commit. */
  confirm: z.boolean().optional(),
}));
const itemsBody = lazySchema(() => z.object({ items: z.array(orderLineInput).min(1).max(100) }));
// `managerOverride` ({ username, pin }) is read and verified by the override reader; declared here so typed clients may send it.
const cancelBody = lazySchema(() => z.object({ reason: safeText(200), managerOverride: z.unknown().optional() }));
const discountBody = lazySchema(() => z.object({ amountCents: z.number().int().min(0).max(MAX_ORDER_TOTAL_CENTS), reason: safeText(200), managerOverride: z.unknown().optional() }));

/** A confirmed order as the till sees it: the order and the kitchen tickets it became. */
/** `''` marks an answer whose order was given a CPF: stored without it (`withCurrentTaxId` reads it back). */
const withoutTaxId = <T extends { consumerTaxId: string | null }>(answer: T): T => (answer.consumerTaxId === null ? answer : { ...answer, consumerTaxId: '' });

function withKitchenTickets({ order, tickets }: ReturnType<typeof confirmAndRoute>) {
  return { ...order, kitchenTickets: tickets.map((t) => ({ ticketId: t.ticketId, station: t.station, kind: t.kind, fireAt: t.fireAt })) };
}

/** Order routes that need more than the orders module: catalog, pricing, business day, kitchen, auth. */
export function registerOrderWorkflowRoutes(ctx: ModuleContext): void {
  const timeZone = ctx.config.timeZone;
  // The answer kept for an Idempotency-Key retry holds no CPF: a retry after the customer's erasure
  // must not hand it back. The CPF given "na nota" is read as it is now, only for orders that had one.
  const withCurrentTaxId = <T extends { id: string; consumerTaxId: string | null }>(stored: T): T =>
    stored.consumerTaxId === null ? stored : { ...stored, consumerTaxId: getOrder(ctx.db, stored.id)?.consumerTaxId ?? null };

  ctx.api.post('/orders', routeDoc({ tag: 'orders', summary: 'Place an order (priced from the catalog and pricing rules); with confirm, confirmed and sent to the kitchen at once', response: () => import('./answers.js').then((a) => a.placedOrderAnswer), body: createBody, status: 201, errors: { 403: ['FORBIDDEN', 'ORDER_CHANNEL_NOT_ALLOWED'], 404: ['CUSTOMER_NOT_FOUND'], 409: ['CUSTOMER_ANONYMIZED'], 422: ['BUSINESS_DAY_NOT_OPEN'] } }), requirePermission('orders.create'), async (c) => {
    const { confirm, ...body } = await readJson(c, createBody);
    if (!confirm) return runCommand(c, 'order.create', (tx) => withoutTaxId(placeOrder(tx, body, timeZone)), 201, withCurrentTaxId);
    // An integration key may create orders that the store's staff confirm: placing one confirmed asks for both permissions.
    assertPermission(c, 'orders.confirm');
    return runCommand(c, 'order.create_confirmed', (tx) => withoutTaxId(withKitchenTickets(confirmAndRoute(tx, placeOrder(tx, body, timeZone).id))), 201, withCurrentTaxId);
  });

  ctx.api.post('/orders/:id/items', routeDoc({ tag: 'orders', summary: 'Add items to an open order', response: () => orderSchema, body: itemsBody, errors: { 404: ['ORDER_NOT_FOUND'], 422: ['ORDER_CLOSED', 'ORDER_ALREADY_PAID'] } }), requirePermission('orders.create'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, itemsBody);
    return runCommand(c, 'order.add_items', (tx) => addPricedItems(tx, id, body.items, timeZone));
  });

  ctx.api.post('/orders/:id/confirm', routeDoc({ tag: 'orders', summary: 'Confirm an order: it goes to the kitchen stations', response: () => import('./answers.js').then((a) => a.confirmedOrderAnswer), errors: { 404: ['ORDER_NOT_FOUND'] } }), requirePermission('orders.confirm'), async (c) => {
    const id = readParam(c, 'id');
    return runCommand(c, 'order.confirm', (tx) => withKitchenTickets(confirmAndRoute(tx, id)));
  });

  ctx.api.post('/orders/:id/cancel', routeDoc({ tag: 'orders', summary: 'Cancel an order (a manager override when the caller may not alone)', response: () => orderSchema, body: cancelBody, managerOverride: true, errors: { 403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID'], 404: ['ORDER_NOT_FOUND'], 422: ['ORDER_PAYMENT_PENDING', 'ORDER_HAS_PAYMENTS'] } }), requirePermission('orders.cancel'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, cancelBody);
    const override = await verifiedOverrideOf(c, ctx.db);
    return runCommand(c, 'order.cancel', (tx) => cancelWithApproval(tx, id, body.reason, override));
  });

  ctx.api.post('/orders/:id/discount', routeDoc({ tag: 'orders', summary: 'Discount an order (a manager override above the caller\'s limit)', response: () => orderSchema, body: discountBody, managerOverride: true, errors: { 403: ['MANAGER_OVERRIDE_REQUIRED', 'MANAGER_OVERRIDE_INVALID'], 404: ['ORDER_NOT_FOUND'], 422: ['ORDER_CLOSED', 'ORDER_ALREADY_PAID', 'ORDER_DISCOUNT_TOO_LARGE', 'ORDER_DISCOUNT_OVER_BALANCE', 'ORDER_DISCOUNT_NOT_ACCEPTED'] } }), requirePermission('orders.discount'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, discountBody);
    const override = await verifiedOverrideOf(c, ctx.db);
    return runCommand(c, 'order.discount', (tx) => discountWithApproval(tx, id, body, override));
  });
}
