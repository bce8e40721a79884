import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { answeredDocumentOf } from './fiscal-test-support.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

const CPF_SPELLINGS = ['52998224725', '529.982.247-25'];
const hasCpf = (text: string) => CPF_SPELLINGS.some((cpf) => text.includes(cpf));

/**
 * A customer asks the store to delete their data (LGPD art. 18 VI). Their NFC-e is kept for the
 * fiscal retention period under legal hold: docs/api.md "Fiscal documents under legal hold answer
 * GET /fiscal/documents/{id}/xml and …/danfe with 423 FISCAL_DOCUMENT_LEGAL_HOLD; transmission,
 * cancellation and the monthly accountant export still use them" (fiscal/store/legal-holds.ts:
 * "viewing the XML or reprinting the DANFE is refused while the hold lasts").
 *
 * The POS "Reimprimir" button (POST /orders/{id}/receipt/reprint, any CASHIER) renders the same
 * DANFE from the fiscal runtime: without the hold check there, any cashier could still print, on
 * paper, "CONSUMIDOR - CPF …" of the erased customer after the deletion: exactly the use the legal
 * hold forbids, and the personal data the deletion was meant to take out of reach.
 */
describe('the NFC-e of an erased customer: reprint under legal hold, XML after anonymization', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-erasure-reprint-'));
  const till = new VirtualPrinterServer();
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    await till.start();
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    // Real clock: the demo A1 certificate is made at start and valid from then on.
    app = await startTestAppliance(modules, { dataDir, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.confirm', 'orders.fulfil', 'customers.read', 'cashier.operate', 'payments.capture'], 'CASHIER');
    manager = apiAs(app, ['customers.read', 'customers.manage', 'customers.erase', 'fiscal.read', 'fiscal.manage', 'printing.manage', 'printing.read'], 'MANAGER');
    expect((await manager.put('/printers/balcao-1', { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).status).toBe(200);
    expect((await manager.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await till.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('does not print the DANFE naming the erased CPF once the deletion put it under legal hold', async () => {
    const customerId = (await manager.post('/customers', { name: 'Renata Bastos', cpf: '529.982.247-25' })).body.data.id as string;
    const created = await cashier.post('/orders', { channel: 'COUNTER', customerId, consumerTaxId: '529.982.247-25', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;
    const paid = await cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: created.body.data.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const document = await answeredDocumentOf(manager, orderId);
    expect(document.status).toBe('AUTHORIZED');
    // The sale's own DANFE named the CPF on paper, as the law wants at the sale.
    await waitUntil('the DANFE of the sale', () => till.jobs.map((j) => j.text), (texts) => texts.some(hasCpf), { timeoutMs: 20_000 });

    const deletion = await manager.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    expect(deletion.body.data.export.legalHolds).toHaveLength(1);
    // The fiscal routes honour the hold.
    const danfe = await manager.get(`/fiscal/documents/${document.id}/danfe`);
    expect(danfe.status).toBe(423);

    const printedBefore = till.jobs.length;
    const reprint = await cashier.post(`/orders/${orderId}/receipt/reprint`, {});
    if (reprint.status === 201) {
      // Whatever copy is printed, it may not name the erased consumer.
      const texts = await waitUntil('the reprint on paper', () => till.jobs.slice(printedBefore).map((j) => j.text), (t) => t.length > 0, { timeoutMs: 20_000 });
      expect(texts.some(hasCpf), `reprinted copy names the erased CPF:\n${texts.join('\n---\n')}`).toBe(false);
      expect(reprint.body.data.kind, 'the held DANFE was rendered for the reprint').not.toBe('danfe_nfce');
    } else {
      expect(reprint.status).toBe(423);
      expect(reprint.body.error.code).toBe('FISCAL_DOCUMENT_LEGAL_HOLD');
    }
  }, 60_000);
  /**
   * The counter's "anonimizar" (POST /customers/{id}/anonymize, docs/api.md: "personal fields and
   * indexes cleared ... id kept for past orders"; it also clears the order's CPF na nota) places the
   * same legal hold as a deletion: without it, the NFC-e XML of the anonymized customer's order,
   * still linked to their customer id, would keep serving `<dest><CPF>` to any CASHIER (fiscal.read),
   * and the "anonymized" record would be re-identified in one request, which makes the
   * anonymization void (LGPD art. 12).
   */
  it('does not serve the CPF of a customer anonymized at the counter through their NFC-e', async () => {
    const customerId = (await manager.post('/customers', { name: 'Otávio Lins', cpf: '111.444.777-35' })).body.data.id as string;
    const created = await cashier.post('/orders', { channel: 'COUNTER', customerId, consumerTaxId: '111.444.777-35', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;
    expect((await cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: created.body.data.totalCents })).status).toBe(201);
    const document = await answeredDocumentOf(manager, orderId);
    const anonymized = await manager.post(`/customers/${customerId}/anonymize`, {});
    expect(anonymized.status, JSON.stringify(anonymized.body)).toBe(200);
    expect((await cashier.get(`/orders/${orderId}`)).body.data).toMatchObject({ customerId, consumerTaxId: null });

    const res = await fetch(`${app.baseUrl}/api/v1/fiscal/documents/${document.id}/xml`, { headers: { authorization: app.bearer(['fiscal.read'], { role: 'CASHIER', id: 'cashier-2' }) } });
    const body = await res.text();
    expect(res.status === 423 || !body.includes('11144477735'), `the anonymized customer's CPF is served (${res.status}): ${body.match(/<dest>.*?<\/dest>/)?.[0]}`).toBe(true);
  }, 60_000);
});
