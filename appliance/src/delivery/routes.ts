import type { Context } from 'hono';
import { z } from 'zod';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import type { AppEnv } from '../kernel/http/env.js';
import { assertPermission, requirePermission } from '../kernel/http/permissions.js';
import { readJson, readParam, readQuery } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { quoteDelivery } from './delivery-commands.js';
import { addressSchema, courierSchema, findDelivery, findDeliveryOfOrder, listCouriers, listSettlements, listZones, toSavedAddress, zoneSchema } from './model.js';
import { saveCourier, saveZone, setStoreLocation } from './setup-commands.js';
import { readStoreLocation, storeLocationSchema } from './zone-match.js';
import { lazySchema } from '../../contract/lazy-schema.js';

// Answer schemas are built only when the OpenAPI document is (see AnswerSchema).
const answers = () => import('./answers.js');

const addressesQuery = lazySchema(() => z.object({ customerId: z.string().min(1).max(64) }));
const settlementsQuery = lazySchema(() => z.object({ businessDate: z.iso.date() }));

/**
 * Where a delivery goes and to whom is the customer's: the till, the waiter and the back office
 * read it, not the kitchen and its screens (403 FORBIDDEN without `customers.read`). Every route
 * that answers a delivery's destination asks this, on top of its own `orders.read`.
 */
export function assertSeesDeliveryDestinations(c: Context<AppEnv>): void {
  assertPermission(c, 'customers.read');
}

/**
 * Zones, couriers, the store's location, customers' addresses and quotes; dispatch, the day close
 * and saving a customer's address (which asks the customers module whether the customer may take
 * it, workflows/delivery-addresses.ts) are workflows.
 */
export function registerDeliveryRoutes(ctx: ModuleContext): void {
  ctx.api.get('/delivery/zones', routeDoc({ tag: 'delivery', summary: 'Delivery zones', response: () => answers().then((a) => z.array(a.zoneResponse)) }), requirePermission('orders.read'), (c) => ok(c, listZones(ctx.db)));

  ctx.api.post('/delivery/zones', routeDoc({ tag: 'delivery', summary: 'Create a delivery zone (by distance, neighbourhood or CEP prefix)', body: zoneSchema, response: () => answers().then((a) => a.zoneResponse), status: 201, errors: { 422: ['DELIVERY_ZONE_INVALID', 'DELIVERY_STORE_LOCATION_MISSING'] } }), requirePermission('business_day.manage'), async (c) => {
    const body = await readJson(c, zoneSchema);
    return runCommand(c, 'delivery.save_zone', (tx) => saveZone(tx, null, body), 201);
  });

  ctx.api.put('/delivery/zones/:id', routeDoc({ tag: 'delivery', summary: 'Replace a delivery zone', body: zoneSchema, response: () => answers().then((a) => a.zoneResponse), errors: { 404: ['DELIVERY_ZONE_NOT_FOUND'], 422: ['DELIVERY_ZONE_INVALID', 'DELIVERY_STORE_LOCATION_MISSING'] } }), requirePermission('business_day.manage'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, zoneSchema);
    return runCommand(c, 'delivery.save_zone', (tx) => saveZone(tx, id, body));
  });

  ctx.api.get('/delivery/couriers', routeDoc({ tag: 'delivery', summary: 'Couriers', response: () => answers().then((a) => z.array(a.courierResponse)) }), requirePermission('orders.read'), (c) => ok(c, listCouriers(ctx.db)));

  ctx.api.post('/delivery/couriers', routeDoc({ tag: 'delivery', summary: 'Register a courier and their pay per delivery', body: courierSchema, response: () => answers().then((a) => a.courierResponse), status: 201 }), requirePermission('business_day.manage'), async (c) => {
    const body = await readJson(c, courierSchema);
    return runCommand(c, 'delivery.save_courier', (tx) => saveCourier(tx, null, body), 201);
  });

  ctx.api.put('/delivery/couriers/:id', routeDoc({ tag: 'delivery', summary: 'Change a courier (name, pay, active)', body: courierSchema, response: () => answers().then((a) => a.courierResponse), errors: { 404: ['DELIVERY_COURIER_NOT_FOUND'] } }), requirePermission('business_day.manage'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, courierSchema);
    return runCommand(c, 'delivery.save_courier', (tx) => saveCourier(tx, id, body));
  });

  ctx.api.get('/delivery/store-location', routeDoc({ tag: 'delivery', summary: 'Where the store is (zones by distance measure from here)', response: () => storeLocationSchema.nullable() }), requirePermission('orders.read'), (c) => ok(c, readStoreLocation(ctx.db)));

  ctx.api.put('/delivery/store-location', routeDoc({ tag: 'delivery', summary: 'Set where the store is', body: storeLocationSchema, response: () => storeLocationSchema }), requirePermission('business_day.manage'), async (c) => {
    const body = await readJson(c, storeLocationSchema);
    return runCommand(c, 'delivery.set_store_location', (tx) => setStoreLocation(tx, ctx.config.storeId, body));
  });

  ctx.api.get('/delivery/addresses', routeDoc({ tag: 'delivery', summary: 'A customer\'s saved delivery addresses', query: addressesQuery, response: () => answers().then((a) => z.array(a.savedAddressResponse)) }), requirePermission('customers.read'), (c) => {
    const { customerId } = readQuery(c, addressesQuery);
    const rows = ctx.db.prepare('SELECT * FROM delivery_addresses WHERE customer_id = ? ORDER BY created_at, id').all(customerId) as any[];
    return ok(c, rows.map((row) => toSavedAddress(ctx.db, row)));
  });

  ctx.api.post('/delivery/quote', routeDoc({ tag: 'delivery', summary: 'The zone, fee, minimum order and time estimate for an address', body: addressSchema, response: () => answers().then((a) => a.quoteResponse), errors: { 422: ['DELIVERY_OUT_OF_AREA'] } }), requirePermission('orders.read'), async (c) => {
    const address = await readJson(c, addressSchema);
    return ok(c, quoteDelivery(ctx.db, { ...address, recipientName: '-', phone: '-' }));
  });

  ctx.api.get('/delivery/deliveries/:id', routeDoc({ tag: 'delivery', summary: 'One delivery with its destination, payment and courier', response: () => answers().then((a) => a.deliveryResponse), errors: { 403: ['FORBIDDEN'], 404: ['DELIVERY_NOT_FOUND'] } }), requirePermission('orders.read'), (c) => {
    assertSeesDeliveryDestinations(c);
    const delivery = findDelivery(ctx.db, readParam(c, 'id'));
    if (!delivery) throw notFound('DELIVERY_NOT_FOUND');
    return ok(c, delivery);
  });

  ctx.api.get('/delivery/orders/:orderId', routeDoc({ tag: 'delivery', summary: 'The delivery of an order (a chat order gets one when it is placed)', response: () => answers().then((a) => a.deliveryResponse), errors: { 403: ['FORBIDDEN'], 404: ['DELIVERY_NOT_FOUND'] } }), requirePermission('orders.read'), (c) => {
    assertSeesDeliveryDestinations(c);
    const delivery = findDeliveryOfOrder(ctx.db, readParam(c, 'orderId'));
    if (!delivery) throw notFound('DELIVERY_NOT_FOUND');
    return ok(c, delivery);
  });

  ctx.api.get('/delivery/settlements', routeDoc({ tag: 'delivery', summary: 'The couriers\' cash settled at a day close', query: settlementsQuery, response: () => answers().then((a) => z.array(a.settlementResponse)) }), requirePermission('reports.read'), (c) => ok(c, listSettlements(ctx.db, readQuery(c, settlementsQuery).businessDate)));
}
