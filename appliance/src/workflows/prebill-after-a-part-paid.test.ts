/**
 * One guest pays their part by card at the table and leaves; the others then ask for the bill.
 * The pré-conta they read says what was already paid and what is left to pay (the same figures as
 * the waiter's phone), instead of the whole bill as if nobody had paid.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { formatCents } from '../devices/printer/templates/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, type Api, NOON_MONDAY, orderModules } from './test-support.js';

const money = (cents: number) => formatCents(cents).replace(/[$.]/g, '\\$&');

describe('the pré-conta asked for after one guest paid their part', () => {
  const till = new VirtualPrinterServer();
  const network = new VirtualCardNetwork();
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    await till.start();
    const payments = createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(network) });
    const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, payments, createPrintingModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await manager.put('/printers/balcao-1', { name: 'Balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).status).toBe(200);
    expect((await manager.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
    expect((await manager.put('/store', { name: 'Cantina', serviceChargeBp: 1000 })).status).toBe(200);
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
  });
  afterAll(async () => {
    await app?.close();
    await till.stop();
  });

  it('shows what was paid and what is left, as the phone does', async () => {
    const tab = (await waiter.post('/tables/table-4/tab', { guests: 2 })).body.data as { id: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 2, seat: 1 }, { productId: 'prod-beer', quantity: 3, seat: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const [seat1] = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data.parts as { label: string; amountCents: number }[];
    const paid = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: seat1.amountCents, payerLabel: seat1.label }, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);

    expect((await waiter.post(`/tabs/${tab.id}/request-bill`)).status).toBe(200);
    const view = (await waiter.get(`/tabs/${tab.id}`)).body.data;
    const paidCents = view.paidCents + view.serviceChargePaidCents;
    const dueCents = view.totalCents - view.paidCents + view.serviceChargeCents - view.serviceChargePaidCents;
    expect(paidCents).toBe(paid.body.data.chargedCents);

    // The card's own slip prints at the same printer: the pré-conta is the job that says so.
    const slip = (await waitUntil('the pré-conta printed', async () => till.jobs.find((job) => job.text.includes('CONFERÊNCIA DE MESA')), Boolean))!;
    expect(slip.text).toMatch(new RegExp(`TOTAL +${money(view.totalCents + view.serviceChargeCents)}`));
    expect(slip.text).toMatch(new RegExp(`Já pago +${money(paidCents)}`));
    expect(slip.text).toMatch(new RegExp(`Falta pagar +${money(dueCents)}`));
  });
});
