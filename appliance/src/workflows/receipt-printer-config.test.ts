import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules } from './test-support.js';

describe('receipt printer from the configuration', () => {
  let app: TestAppliance;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_RECEIPT_PRINTER: 'balcao-2' } });
  });
  afterAll(() => app?.close());

  it('routes receipts to CHEFIA_RECEIPT_PRINTER until the store sets its routing', async () => {
    const reader = apiAs(app, ['printing.read'], 'MANAGER');
    expect((await reader.get('/print-routing')).body.data).toEqual({ receiptPrinterId: 'balcao-2', reportPrinterId: null, kitchenPrinters: {}, tillPrinters: {} });
  });
});
