import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { answeredDocumentOf } from './fiscal-test-support.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, type Api } from './test-support.js';

/** The CPF the erasure suites give "na nota", as a DANFE or an XML may spell it. */
const CPF_SPELLINGS = ['52998224725', '529.982.247-25'];
export const ERASED_CPF = CPF_SPELLINGS[1];
export const namesErasedCpf = (text: string) => CPF_SPELLINGS.some((cpf) => text.includes(cpf));

export interface FiscalTill {
  app: TestAppliance;
  till: VirtualPrinterServer;
  cashier: Api;
  manager: Api;
  /** Points the till's receipt printer at the virtual printer (on) or at a closed port (off). */
  switchPrinter(on: boolean): Promise<void>;
}

/**
 * A store that issues NFC-e (demo certificate, SEFAZ simulator) and prints its DANFE on a till
 * printer over TCP to the virtual printer, with customers, a cashier with an open drawer and a
 * manager who may erase customers: what the LGPD erasure suites need. Started before the suite's
 * tests (real clock: the demo A1 certificate is made at start and valid from then on) and stopped
 * after them. `printerOn` false starts with the printer switched off (DANFE jobs fail).
 */
export function useFiscalTill(name: string, options: { printerOn: boolean; printing?: Parameters<typeof createPrintingModule>[0] }, ready: (store: FiscalTill) => void): void {
  const dataDir = mkdtempSync(join(tmpdir(), `chefia-${name}-`));
  const till = new VirtualPrinterServer();
  let app: TestAppliance | undefined;
  beforeAll(async () => {
    await till.start();
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(options.printing), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    const started = await startTestAppliance(modules, { dataDir, env: { CHEFIA_DEMO: '1' } });
    app = started;
    const cashier = apiAs(started, ['orders.create', 'orders.read', 'orders.confirm', 'orders.fulfil', 'customers.read', 'cashier.operate', 'payments.capture'], 'CASHIER');
    const manager = apiAs(started, ['customers.read', 'customers.manage', 'customers.erase', 'fiscal.read', 'fiscal.manage', 'printing.manage', 'printing.read'], 'MANAGER');
    const switchPrinter = async (on: boolean) => {
      // Port 9 (discard) has no listener here: a printer switched off.
      const printer = { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: on ? till.port : 9 } };
      expect((await manager.put('/printers/balcao-1', printer)).status).toBe(200);
    };
    await switchPrinter(options.printerOn);
    expect((await manager.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
    ready({ app: started, till, cashier, manager, switchPrinter });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await till.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
}

/** A counter sale with `taxId` "na nota" (and the customer, when given), paid in cash: its order id and answered NFC-e. */
export async function paidSaleWithCpf(store: FiscalTill, taxId: string, customerId?: string) {
  const created = await store.cashier.post('/orders', { channel: 'COUNTER', ...(customerId ? { customerId } : {}), consumerTaxId: taxId, items: [{ productId: 'prod-coke', quantity: 1 }], confirm: true });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const orderId = created.body.data.id as string;
  const paid = await store.cashier.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: created.body.data.totalCents });
  expect(paid.status, JSON.stringify(paid.body)).toBe(201);
  return { orderId, document: await answeredDocumentOf(store.manager, orderId) };
}
