import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { fiscalModule, placeFiscalLegalHold } from '../fiscal/index.js';
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
 * The sale's DANFE did not print (the till printer was off): its job is FAILED, its payload (the
 * DANFE naming "CONSUMIDOR - CPF …") kept for a retry. The customer then asks for deletion. The
 * erasure withdraws the pending jobs that name the person: the route slips of their deliveries and
 * the DANFE of each document it puts under legal hold ("viewing the XML or reprinting the DANFE is
 * refused while the hold lasts"). Were the DANFE job left in place, the manager's "tentar de novo"
 * on the failed jobs once the printer is back would print the erased customer's CPF on paper.
 */
describe('a failed DANFE print job of a customer who then asked for deletion', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-erasure-danfe-job-'));
  const till = new VirtualPrinterServer();
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    await till.start();
    const printing = createPrintingModule({ retry: { baseDelayMs: 10, maxDelayMs: 20, failoverAfterAttempts: 99, maxAttempts: 2 } });
    const modules = [...orderModules().filter((m) => m !== workflowsModule), printing, customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { dataDir, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.confirm', 'orders.fulfil', 'customers.read', 'cashier.operate', 'payments.capture'], 'CASHIER');
    manager = apiAs(app, ['customers.read', 'customers.manage', 'customers.erase', 'fiscal.read', 'fiscal.manage', 'printing.manage', 'printing.read'], 'MANAGER');
    // The till printer is switched off: nothing listens on its port.
    expect((await manager.put('/printers/balcao-1', { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: 9 } })).status).toBe(200);
    expect((await manager.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await till.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('does not print the erased CPF when the failed job is retried', async () => {
    const customerId = (await manager.post('/customers', { name: 'Renata Bastos', cpf: '529.982.247-25' })).body.data.id as string;
    const created = await cashier.post('/orders', { channel: 'COUNTER', customerId, consumerTaxId: '529.982.247-25', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const orderId = created.body.data.id as string;
    expect((await cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: created.body.data.totalCents })).status).toBe(201);
    const document = await answeredDocumentOf(manager, orderId);
    const danfeJob = await waitUntil(
      'the DANFE job failed',
      async () => ((await manager.get('/print-jobs?size=100')).body.data as { id: string; kind: string; status: string; source: { id: string } | null }[]).find((j) => j.source?.id === document.id),
      (job) => job?.status === 'FAILED',
      { timeoutMs: 20_000 },
    );

    const deletion = await manager.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    expect(deletion.body.data.export.legalHolds.map((h: { accessKey: string }) => h.accessKey)).toEqual([document.accessKey]);

    // The printer is back; the manager retries what failed.
    expect((await manager.put('/printers/balcao-1', { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).status).toBe(200);
    const retried = await manager.post(`/print-jobs/${danfeJob!.id}/retry`, {});
    if (retried.status === 201 || retried.status === 200) {
      const texts = await waitUntil('the retried job on paper', () => till.jobs.map((j) => j.text), (t) => t.length > 0, { timeoutMs: 20_000 });
      expect(texts.some(hasCpf), `printed after the deletion:\n${texts.join('\n---\n')}`).toBe(false);
    } else {
      expect(retried.body.error.code).toBe('PRINT_JOB_WITHDRAWN');
    }
  }, 60_000);

  it('refuses to retry a failed DANFE whose document is under legal hold, though the job was not withdrawn', async () => {
    // The printer is off again; a sale without a customer record, its DANFE failed.
    expect((await manager.put('/printers/balcao-1', { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: 9 } })).status).toBe(200);
    const created = await cashier.post('/orders', { channel: 'COUNTER', consumerTaxId: '529.982.247-25', items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await cashier.post(`/orders/${created.body.data.id}/payments`, { method: 'CASH', tenderedCents: created.body.data.totalCents })).status).toBe(201);
    const document = await answeredDocumentOf(manager, created.body.data.id);
    const danfeJob = await waitUntil(
      'the DANFE job failed',
      async () => ((await manager.get('/print-jobs?size=100')).body.data as { id: string; status: string; source: { id: string } | null }[]).find((j) => j.source?.id === document.id),
      (job) => job?.status === 'FAILED',
      { timeoutMs: 20_000 },
    );
    // Held with the job left in place (as a hold placed while the job was being sent leaves it).
    await app.ctx.commands.run('test.hold', (tx) => placeFiscalLegalHold(tx, document.accessKey as string, '2099-01-01T00:00:00.000Z', 'TEST'), { actor: { type: 'system', id: 'test' } });
    expect((await manager.put('/printers/balcao-1', { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).status).toBe(200);
    const printedBefore = till.jobs.length;
    const retried = await manager.post(`/print-jobs/${danfeJob!.id}/retry`, {});
    expect(retried.status).toBe(423);
    expect(retried.body.error.code).toBe('FISCAL_DOCUMENT_LEGAL_HOLD');
    expect((await manager.get(`/print-jobs/${danfeJob!.id}`)).body.data.status).toBe('FAILED');
    expect(till.jobs.slice(printedBefore).map((j) => j.text).some(hasCpf)).toBe(false);
  }, 60_000);
});
