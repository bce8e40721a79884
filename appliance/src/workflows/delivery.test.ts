import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { deliveryModule } from '../delivery/index.js';
import { documentText } from '../devices/printer/document.js';
import { formatCents } from '../devices/printer/templates/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { routeSlip } from './delivery-route-slip.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const PERMISSIONS = [
  'business_day.manage', 'orders.read', 'orders.create', 'orders.confirm', 'orders.fulfil', 'orders.cancel', 'customers.read', 'customers.manage',
  'reports.read', 'printing.read', 'printing.manage', 'cashier.operate', 'payments.capture',
];

/** Rua dos Pinheiros, 100 — where the store stands; its zones by distance measure from here. */
const STORE = { latitude: -23.5614, longitude: -46.691 };
const address = (overrides: Record<string, unknown> = {}) => ({
  street: 'Rua dos Pinheiros',
  number: '500',
  complement: 'apto 12',
  district: 'Pinheiros',
  city: 'São Paulo',
  state: 'SP',
  postalCode: '05422-010',
  reference: 'portão azul',
  ...overrides,
});

/**
 * The store's own delivery, in process on the demo store with a virtual TCP printer: zones by CEP,
 * neighbourhood and distance give an address its fee; a customer's address is kept sealed; the
 * dispatched order's route slip prints with address, phone and change; the day close settles the
 * courier's cash.
 */
describe('own delivery: zones, dispatch with the route slip, courier settlement at the day close', () => {
  const till = new VirtualPrinterServer();
  let app: TestAppliance;
  let manager: Api & { put(path: string, body: unknown): Promise<{ status: number; body: any }> };
  let kitchen: Api;
  const zones: Record<string, string> = {};

  beforeAll(async () => {
    await till.start();
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule(), deliveryModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const authorization = app.bearer(PERMISSIONS, { role: 'MANAGER', id: 'user-manager' });
    const put = async (path: string, body: unknown) => {
      const res = await fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    };
    manager = { ...apiAs(app, PERMISSIONS, 'MANAGER'), put };
    kitchen = apiAs(app, ['orders.fulfil', 'orders.read'], 'KITCHEN');
    expect((await put('/printers/balcao-1', { name: 'balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).status).toBe(200);
    expect((await put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    await till.stop();
  });

  it('gives an address the fee of its zone: CEP prefix first, then neighbourhood, then distance from the store', async () => {
    const radiusFirst = await manager.post('/delivery/zones', { name: 'Até 3 km', kind: 'RADIUS', maxDistanceMeters: 3000, feeCents: 1200, estimateMinutes: 50 });
    expect(radiusFirst.status).toBe(422);
    expect(radiusFirst.body.error.code).toBe('DELIVERY_STORE_LOCATION_MISSING');
    expect((await manager.put('/delivery/store-location', STORE)).status).toBe(200);
    for (const zone of [
      { name: 'Pinheiros (CEP)', kind: 'POSTAL_CODE', postalPrefixes: ['05422'], feeCents: 700, minimumOrderCents: 2000, estimateMinutes: 35 },
      { name: 'Vila Madalena', kind: 'DISTRICT', districts: ['Vila Madalena', 'Sumarezinho'], feeCents: 900, minimumOrderCents: 2500, estimateMinutes: 40 },
      { name: 'Até 3 km', kind: 'RADIUS', maxDistanceMeters: 3000, feeCents: 1200, estimateMinutes: 50 },
    ]) {
      const created = await manager.post('/delivery/zones', zone);
      expect(created.status).toBe(201);
      zones[zone.name] = created.body.data.id;
    }
    const incomplete = await manager.post('/delivery/zones', { name: 'Sem bairros', kind: 'DISTRICT', feeCents: 100, estimateMinutes: 10 });
    expect(incomplete.body.error.code).toBe('DELIVERY_ZONE_INVALID');

    const quote = async (overrides: Record<string, unknown>) => (await manager.post('/delivery/quote', address(overrides))).body;
    expect((await quote({})).data).toMatchObject({ zone: { id: zones['Pinheiros (CEP)'], feeCents: 700, minimumOrderCents: 2000, estimateMinutes: 35 } });
    // Neighbourhood names match without accents or case.
    expect((await quote({ postalCode: '05433-000', district: 'VILA  madalena' })).data.zone).toMatchObject({ id: zones['Vila Madalena'], feeCents: 900 });
    // About 1.1 km north of the store, in a neighbourhood and CEP no zone names.
    const near = (await quote({ postalCode: '01246-000', district: 'Pacaembu', latitude: -23.5514, longitude: -46.691 })).data;
    expect(near).toMatchObject({ zone: { id: zones['Até 3 km'], feeCents: 1200 } });
    expect(near.distanceMeters).toBeGreaterThan(1000);
    expect(near.distanceMeters).toBeLessThan(1200);
    const far = await quote({ postalCode: '04000-000', district: 'Vila Mariana', latitude: -23.6, longitude: -46.6 });
    expect(far.error.code).toBe('DELIVERY_OUT_OF_AREA');
    expect((await quote({ postalCode: 'abc' })).error.code).toBe('VALIDATION_FAILED');
  });

  it('keeps a customer\'s delivery address sealed, and gives it back to the store', async () => {
    const saved = await manager.post('/delivery/addresses', { customerId: 'cust-1', label: 'Casa', address: address() });
    expect(saved.status).toBe(201);
    const listed = await manager.get('/delivery/addresses?customerId=cust-1');
    expect(listed.body.data).toEqual([expect.objectContaining({ id: saved.body.data.id, label: 'Casa', address: expect.objectContaining({ street: 'Rua dos Pinheiros', postalCode: '05422010' }) })]);
    const stored = app.ctx.db.prepare('SELECT address FROM delivery_addresses').pluck().get() as string;
    expect(stored).not.toContain('Pinheiros');
    const journaled = app.ctx.db.prepare("SELECT group_concat(payload) FROM journal WHERE type LIKE 'delivery.%'").pluck().get() as string;
    expect(journaled).not.toContain('Rua dos Pinheiros');
  });

  it('dispatches a delivery order to a courier, prints the route slip, and settles the courier\'s cash at the day close', async () => {
    const small = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data;
    const destination = { ...address(), recipientName: 'Marina Costa', phone: '(11) 98888-7777' };
    const belowMinimum = await manager.post(`/delivery/orders/${small.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(belowMinimum.status).toBe(422);
    expect(belowMinimum.body.error.code).toBe('DELIVERY_BELOW_MINIMUM');
    expect(belowMinimum.body.error.message).toContain('R$ 20,00');

    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-coke', quantity: 1 }] })).body.data;
    // The demo's delivery prices come from its pricing rules; the zone's fee joins the order's total, which the courier collects.
    const due = order.totalCents + 700;
    const tooLittleChange = await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: due } });
    expect(tooLittleChange.body.error.code).toBe('DELIVERY_CHANGE_TOO_SMALL');
    const created = await manager.post(`/delivery/orders/${order.id}`, { destination, payment: { prepaid: false, method: 'CASH', changeForCents: 6000 } });
    expect(created.status).toBe(201);
    const delivery = created.body.data;
    expect(delivery).toMatchObject({ zoneId: zones['Pinheiros (CEP)'], feeCents: 700, amountDueCents: due, changeForCents: 6000, status: 'PENDING' });
    expect((await manager.get(`/orders/${order.id}`)).body.data).toMatchObject({ deliveryFeeCents: 700, totalCents: due });

    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await kitchen.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const dispatched = await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id });
    expect(dispatched.status).toBe(200);
    expect(dispatched.body.data).toMatchObject({ status: 'OUT_FOR_DELIVERY', courierId: courier.id });
    expect((await manager.get(`/orders/${order.id}`)).body.data.status).toBe('DELIVERING');

    const [slip] = await till.recorder.waitForJobs(1);
    expect(slip.text).toContain('ROTA DE ENTREGA');
    expect(slip.text).toContain(`Pedido nº ${order.number}`);
    expect(slip.text).toContain('Entregador: Zé Motoboy');
    expect(slip.text).toContain('Rua dos Pinheiros, 500 - apto 12');
    expect(slip.text).toContain('Telefone: (11) 98888-7777');
    expect(slip.text).toContain('2x Batata frita');
    const amountLine = (label: string, cents: number) => new RegExp(`${label} +${formatCents(cents).replace(/[$.()]/g, '\\$&')}`);
    expect(slip.text).toMatch(amountLine('A COBRAR \\(Dinheiro\\)', due));
    expect(slip.text).toMatch(amountLine('Troco para', 6000));
    expect(slip.text).toMatch(amountLine('Levar de troco', 6000 - due));

    expect((await manager.post(`/delivery/deliveries/${delivery.id}/delivered`)).body.data.status).toBe('DELIVERED');
    // Back at the store the courier's cash pays the order at the till, which completes it.
    const session = (await manager.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).body.data;
    const paid = await manager.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: due });
    expect(paid.status).toBe(201);
    expect(paid.body.data.order.status).toBe('COMPLETED');
    expect((await manager.post(`/orders/${small.id}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);
    expect((await manager.post(`/cashier-sessions/${session.id}/close`, { counted: { CASH: due } })).status).toBe(200);

    const closed = await manager.post('/business-days/current/close');
    expect(closed.status).toBe(200);
    const settlements = (await manager.get('/delivery/settlements?businessDate=2026-11-23')).body.data;
    // Collected at the door: the order, fee included; its cash went in at the till, so the store owes the courier 5,00 for the run.
    expect(settlements).toEqual([expect.objectContaining({ courierId: courier.id, deliveryCount: 1, cashCollectedCents: due, cashAtTillCents: due, otherCollectedCents: 0, courierPayCents: 500, cashDueCents: -500 })]);
    expect((await manager.get(`/delivery/deliveries/${delivery.id}`)).body.data.settlementId).toBe(settlements[0].id);
    await waitUntil('the route slip job to be done', async () => (await manager.get('/print-jobs?size=100')).body.data as { kind: string; status: string }[], (jobs) => jobs.some((j) => j.kind === 'route_slip' && j.status === 'DONE'));
  });
});

describe('the route slip of a chat order', () => {
  it('prints the address as the customer wrote it, with no empty parts, the fee and the cash to collect with the change', () => {
    const destination = { street: 'Rua Teodoro Sampaio, 50 - Pinheiros', number: '', complement: null, district: 'Pinheiros', city: '', state: '', postalCode: '', reference: null, latitude: null, longitude: null, recipientName: 'João', phone: '' };
    const delivery = { id: 'd1', orderId: 'o1', businessDate: '2026-11-23', zoneId: 'z1', feeCents: 700, estimateMinutes: 40, distanceMeters: null, destination, prepaid: false, paymentMethod: 'CASH', amountDueCents: 2590, changeForCents: 5000, status: 'OUT_FOR_DELIVERY', courierId: 'c1', settlementId: null, createdAt: '', dispatchedAt: null, deliveredAt: null, returnedRuns: 0 } as const;
    const order = { number: 12, items: [{ quantity: 1, name: 'Batata frita', status: 'CONFIRMED' }] } as unknown as Parameters<typeof routeSlip>[1];
    const text = documentText(routeSlip(delivery, order, 'Zé', 'Pinheiros', 'Loja', (key, params) => `${key}${params ? JSON.stringify(params) : ''}`)).join('\n');
    expect(text).toContain('Rua Teodoro Sampaio, 50 -');
    expect(text).toContain('\nPinheiros\n');
    expect(text).not.toMatch(/CEP|delivery\.slip\.phone|, ,|\/\s*$/m);
    expect(text).toContain('delivery.slip.fee');
    expect(text).toMatch(/R\$ 25,90/);
  });
});
