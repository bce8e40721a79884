import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

/**
 * The internet drops mid-sale: the NFC-e is issued offline (tpEmis 9), the DANFE "EMITIDA EM
 * CONTINGÊNCIA" goes home with the customer and the sale counts as documented. When the queue is
 * transmitted SEFAZ rejects it after the fact (here: an NCM SEFAZ does not know). The sale has no
 * valid document then: the fiscal backlog takes it back (pending, /health degraded). The manager
 * corrects the product and inutilizes the rejected number; the backlog then issues the corrected
 * document with a new number and the sale is documented again (docs/fiscal.md).
 */
describe('an offline NFC-e rejected after the fact, then inutilized', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    // Real clock: the demo A1 certificate is made at start and valid from then on.
    app = await startTestAppliance(modules, { env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'customers.read', 'orders.confirm', 'cashier.operate', 'payments.capture'], 'CASHIER');
    manager = apiAs(app, ['catalog.write', 'catalog.read', 'fiscal.read', 'fiscal.cancel', 'fiscal.manage', 'printing.read'], 'MANAGER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(() => app?.close());

  it('goes back to the fiscal backlog until its corrected document is issued', async () => {
    const product = await manager.post('/products', {
      categoryId: 'cat-desserts', sku: 'SOB-778', name: 'Doce com NCM errado', type: 'SIMPLE', priceCents: 800, sendToKitchen: false,
      fiscal: { ncm: '00000000', cfop: '5102', taxGroup: 'FOOD' },
    });
    expect(product.status, JSON.stringify(product.body)).toBe(201);
    const productId = product.body.data.id as string;

    // The store's internet is down: SEFAZ cannot be reached.
    const config = fiscalModule.runtime().ctx.config;
    const sefaz = config.sefazBaseUrl;
    config.sefazBaseUrl = 'https://127.0.0.1:9';
    let orderId = '';
    try {
      const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId, quantity: 1 }] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      orderId = created.body.data.id as string;
      expect((await cashier.post(`/orders/${orderId}/confirm`)).status).toBe(200);
      expect((await cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: 1000 })).status).toBe(201);
      const deadline = Date.now() + 20_000;
      let offline: any;
      while (Date.now() < deadline) {
        [offline] = (await manager.get(`/fiscal/documents?orderId=${orderId}`)).body.data;
        if (offline?.status === 'CONTINGENCY') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(offline).toMatchObject({ status: 'CONTINGENCY', contingency: true });
    } finally {
      config.sefazBaseUrl = sefaz;
    }

    // The internet is back: the queue goes to SEFAZ, which rejects the document after the fact.
    await manager.post('/fiscal/transmit');
    const [rejected] = (await manager.get(`/fiscal/documents?orderId=${orderId}`)).body.data;
    expect(rejected).toMatchObject({ status: 'REJECTED', cStat: 778 });
    // GET /fiscal/backlog lists the sales still waiting for their document.
    const pendingEntry = async () => ((await manager.get('/fiscal/backlog')).body.data as { entries: { orderId: string; status: string }[] }).entries.find((e) => e.orderId === orderId);
    await until(async () => (await pendingEntry())?.status === 'PENDING');
    expect((await fiscalHealth()).status).toBe('degraded');

    // The manager fixes the product and inutilizes the rejected number, as docs/fiscal.md says.
    const fixed = await manager.put(`/products/${productId}`, {
      categoryId: 'cat-desserts', sku: 'SOB-778', name: 'Doce com NCM errado', type: 'SIMPLE', priceCents: 800, sendToKitchen: false,
      fiscal: { ncm: '21069090', cfop: '5102', taxGroup: 'FOOD' },
    });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    const voided = await manager.post(`/fiscal/documents/${rejected.id}/inutilize`, { justification: 'NFC-e rejeitada pela SEFAZ apos contingencia' });
    expect(voided.status, JSON.stringify(voided.body)).toBe(200);
    expect(voided.body.data.status).toBe('VOIDED');

    // The voiding lets the backlog issue the corrected document at once.
    await until(async () => (await pendingEntry()) === undefined);
    const documents = (await manager.get(`/fiscal/documents?orderId=${orderId}`)).body.data as { status: string; number: number }[];
    expect(app.ctx.db.prepare('SELECT status FROM fiscal_emission_backlog WHERE order_id = ?').pluck().get(orderId)).toBe('DOCUMENTED');
    expect(documents.map((d) => d.status)).toEqual(['VOIDED', 'AUTHORIZED']);
    expect(documents[1].number).toBeGreaterThan(documents[0].number);
    expect((await fiscalHealth()).status).toBe('ok');
  }, 90_000);

  const fiscalHealth = async () => (await (await fetch(`${app.baseUrl}/health`)).json()).data.checks.fiscal as { status: string };

  async function until(check: () => Promise<boolean>): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
});
