import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

/** A company from Ceará; the demo store is in São Paulo. */
const cearaBuyer = {
  cnpj: '11222333000181',
  ie: '060000015',
  legalName: 'CONSTRUTORA DO CEARA LTDA',
  address: { street: 'Avenida Beira Mar', number: '100', district: 'Meireles', cityCode: '2304400', cityName: 'Fortaleza', uf: 'CE', cep: '60165121' },
};

/**
 * docs/fiscal.md: "Only buyers in the store's state are served at the till
 * (FISCAL_NFE_INTERSTATE_NOT_SUPPORTED)", and docs/api.md lists that 422 for
 * `POST /orders/{id}/fiscal/nfe`. The request is refused before anything is kept, so the payment
 * still issues the store's consumer document instead of an NF-e that could never be issued.
 */
describe('NF-e requested before payment for a buyer from another state', () => {
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'customers.read', 'orders.confirm', 'cashier.operate', 'payments.capture'], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(() => app?.close());

  it('is refused at the request (422 FISCAL_NFE_INTERSTATE_NOT_SUPPORTED) with nothing kept', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;

    const requested = await cashier.post(`/orders/${orderId}/fiscal/nfe`, cearaBuyer);
    expect([requested.status, requested.body.error?.code]).toEqual([422, 'FISCAL_NFE_INTERSTATE_NOT_SUPPORTED']);
    expect(requested.body.error.message).toBe('NF-e para comprador de outro estado não é emitida no caixa.');
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM fiscal_nfe_requests').pluck().get()).toBe(0);
  }, 60_000);
});
