import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { deliveryModule } from '../delivery/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api, eachBackup, accessThenDelete } from './test-support.js';

const STREET = 'Rua Cardeal Arcoverde';
const RECIPIENT = 'Marina Quintela';
const PHONE = '(11) 97777-1234';
const address = { street: STREET, number: '77', complement: 'casa 2', district: 'Pinheiros', city: 'São Paulo', state: 'SP', postalCode: '05407-000', reference: 'portão verde' };

/**
 * A customer with a saved delivery address and a delivered-to order asks first for their data
 * (ACCESS) and then for deletion (DELETION). docs/security.md: the export is "everything the store
 * holds about one customer"; deletion is anonymization, which clears "addresses" so that "nothing
 * readable about them is left on the disk". The store keeps the customer's addresses and the
 * recipient name/phone in `delivery_addresses`, `deliveries` and the route slip's print job: the
 * export lists them and the erasure forgets them.
 */
describe('delivery data of a customer who asked for access and deletion', () => {
  let app: TestAppliance;
  let staff: Api;
  let customerId: string;
  let orderId: string;
  let exported: any;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['business_day.manage', 'orders.read', 'orders.create', 'orders.confirm', 'orders.fulfil', 'customers.read', 'customers.manage', 'customers.erase', 'printing.read', 'printing.manage', 'backups.manage'], 'MANAGER');
    // A receipt printer nobody answers on: the route slip waits in the queue, as after a paper-out.
    expect((await staff.put('/printers/balcao-1', { name: 'balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: 1 } })).status).toBe(200);
    expect((await staff.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
    expect((await staff.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);

    customerId = (await staff.post('/customers', { name: RECIPIENT, phone: '11977771234' })).body.data.id;
    expect((await staff.post('/delivery/addresses', { customerId, label: 'Casa', address })).status).toBe(201);
    const order = (await staff.post('/orders', { channel: 'DELIVERY', customerId, items: [{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-coke', quantity: 1 }] })).body.data;
    orderId = order.id;
    const delivery = await staff.post(`/delivery/orders/${orderId}`, { destination: { ...address, recipientName: RECIPIENT, phone: PHONE }, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
    expect(delivery.status, JSON.stringify(delivery.body)).toBe(201);
    const courier = (await staff.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await staff.post(`/orders/${orderId}/confirm`)).status).toBe(200);
    expect((await staff.post(`/orders/${orderId}/status`, { status: 'READY' })).status).toBe(200);
    expect((await staff.post(`/delivery/deliveries/${delivery.body.data.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    await waitUntil('the route slip to be queued', () => app.ctx.db.prepare("SELECT count(*) FROM print_jobs WHERE kind = 'route_slip'").pluck().get() as number, (n) => n === 1);

    // A backup taken before the request: the erasure reaches it too.
    expect((await staff.post('/backups')).status).toBe(201);
    const requests = await accessThenDelete(staff, customerId);
    exported = requests.exported;
    expect(requests.afterDeletion.customer).toMatchObject({ name: 'Cliente anonimizado', phone: null, addresses: [] });
  });
  afterAll(() => app?.close());

  it('the ACCESS export lists the customer\'s saved delivery addresses and the deliveries made to them', () => {
    const text = JSON.stringify(exported);
    expect(text).toContain(STREET);
    expect(text).toContain(PHONE);
  });

  it('after DELETION the customer\'s saved delivery addresses are gone', async () => {
    const saved = (await staff.get(`/delivery/addresses?customerId=${customerId}`)).body.data;
    expect(JSON.stringify(saved)).not.toContain(STREET);
  });

  it('after DELETION the delivery of the customer\'s order no longer names the recipient, their phone or address', async () => {
    const delivery = (await staff.get(`/delivery/orders/${orderId}`)).body.data;
    const text = JSON.stringify(delivery.destination);
    expect(text).not.toContain(RECIPIENT);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(STREET);
  });

  it('after DELETION the backups hold none of it either: no saved address, no recipient, no route slip to print', () => {
    eachBackup(app, (backup) => {
      expect(backup.prepare('SELECT count(*) FROM delivery_addresses WHERE customer_id = ?').pluck().get(customerId)).toBe(0);
      const destination = JSON.parse(backup.prepare('SELECT address FROM deliveries WHERE order_id = ?').pluck().get(orderId) as string);
      expect(destination).toMatchObject({ street: '', recipientName: '', phone: '' });
      expect(backup.prepare("SELECT payload FROM print_jobs WHERE kind = 'route_slip'").pluck().all()).toEqual(['']);
    });
  });

  it('a withdrawn route slip is not sent again by a retry', async () => {
    const id = app.ctx.db.prepare("SELECT id FROM print_jobs WHERE kind = 'route_slip'").pluck().get() as string;
    const retried = await staff.post(`/print-jobs/${id}/retry`);
    expect([retried.status, retried.body.error?.code]).toEqual([422, 'PRINT_JOB_WITHDRAWN']);
  });

  it('after DELETION the queued route slip no longer holds the recipient and address (it would still print them)', () => {
    const jobs = app.ctx.db.prepare("SELECT id, payload FROM print_jobs WHERE kind = 'route_slip'").all() as { id: string; payload: string }[];
    expect(jobs).toHaveLength(1);
    expect(app.ctx.db.prepare('SELECT status, last_error_code FROM print_jobs WHERE id = ?').get(jobs[0].id)).toEqual({ status: 'FAILED', last_error_code: 'PRINT_JOB_WITHDRAWN' });
    // Blanked: nothing of the recipient or the address is left to print.
    expect(jobs[0].payload).toBe('');
  });
});
