import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customersModule } from '../customers/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { cashierModule } from '../cashier/index.js';
import { createPaymentsModule } from '../payments/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { SealedColumn } from '../kernel/pii/sealed-column.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const CPF = '52998224725';

/**
 * After a DELETION request the customer's CPF na nota is gone from the store (docs/security.md:
 * `orders.consumer_tax_id` "cleared by the customer's deletion or anonymization"; "the customer is
 * overwritten in every backup in backups/ too ... so nothing readable about them is left on the disk").
 */
describe('CPF na nota after a deletion request', () => {
  let app: TestAppliance;
  let staff: Api;
  let customerId: string;
  let orderId: string;
  const orderBody = () => ({ channel: 'COUNTER', customerId, items: [{ productId: 'prod-coke', quantity: 1 }], consumerTaxId: '529.982.247-25' });

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'orders.create', 'customers.read', 'customers.manage', 'customers.erase', 'backups.manage'], 'MANAGER');
    customerId = (await staff.post('/customers', { name: 'Renata Bastos', cpf: '529.982.247-25' })).body.data.id;
    const created = await staff.post('/orders', orderBody(), { 'idempotency-key': 'order-with-cpf-1' });
    expect(created.status).toBe(201);
    orderId = created.body.data.id;
    expect(created.body.data.consumerTaxId).toBe(CPF);
    // The nightly/manual backup taken before the request.
    expect((await staff.post('/backups')).status).toBe(201);
    const deletion = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    expect((await staff.get(`/orders/${orderId}`)).body.data.consumerTaxId).toBeNull();
  });
  afterAll(() => app?.close());

  it('a retried order request (same Idempotency-Key) no longer answers with the erased CPF', async () => {
    const replay = await staff.post('/orders', orderBody(), { 'idempotency-key': 'order-with-cpf-1' });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(JSON.stringify(replay.body)).not.toContain(CPF);
  });

  it('the backups in backups/ no longer hold the erased CPF na nota of the customer\'s orders', () => {
    const dir = join(app.dataDir, 'backups');
    const files = readdirSync(dir).filter((f) => /^store-.*\.db$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    const column = new SealedColumn({ table: 'orders', column: 'consumer_tax_id' });
    const { keyring } = vaultOf(app.ctx.db);
    for (const file of files) {
      const backup = new Database(join(dir, file), { readonly: true });
      try {
        const row = backup.prepare('SELECT consumer_tax_id FROM orders WHERE id = ?').get(orderId) as { consumer_tax_id: string | null };
        // The customer row itself was anonymized there...
        expect(backup.prepare('SELECT name FROM customers WHERE id = ?').pluck().get(customerId)).toBe('Cliente anonimizado');
        // ...but the order's CPF na nota still opens with the key file next to it.
        expect(column.open(keyring, orderId, row.consumer_tax_id)).toBeNull();
      } finally {
        backup.close();
      }
    }
  });
});
