import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { vaultOf } from '../kernel/pii/vault.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const CPF = '52998224725';

/**
 * A walk-in gives their CPF "na nota" and no customer record is attached to the sale (the usual
 * counter sale). Months later they ask the store what it holds about them, then for its deletion
 * (LGPD art. 18): the manager registers them with their CPF and files the request. The orders
 * where they gave that CPF are theirs too: the export lists them, and the deletion forgets the CPF
 * on them, in the backups as well.
 */
describe('data-subject requests reach the orders where the person gave their CPF without a record', () => {
  let app: TestAppliance;
  let staff: Api;
  let walkInOrderId: string;
  let otherOrderId: string;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['orders.read', 'orders.create', 'customers.read', 'customers.manage', 'customers.erase', 'backups.manage'], 'MANAGER');
    const walkIn = await staff.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }], consumerTaxId: '529.982.247-25' });
    expect(walkIn.status, JSON.stringify(walkIn.body)).toBe(201);
    walkInOrderId = walkIn.body.data.id;
    const someoneElse = await staff.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }], consumerTaxId: '111.444.777-35' });
    otherOrderId = someoneElse.body.data.id;
    expect((await staff.post('/backups')).status).toBe(201);
  });
  afterAll(() => app?.close());

  it('lists the order in the export and forgets its CPF at the deletion, in the backups too', async () => {
    const customerId = (await staff.post('/customers', { name: 'Renata Bastos', cpf: '529.982.247-25' })).body.data.id as string;
    const access = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'ACCESS', channel: 'IN_STORE' });
    expect(access.status, JSON.stringify(access.body)).toBe(201);
    const exported = (access.body.data.export.orders as { id: string }[]).map((order) => order.id);
    expect(exported).toContain(walkInOrderId);
    expect(exported).not.toContain(otherOrderId);

    const deletion = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    expect((await staff.get(`/orders/${walkInOrderId}`)).body.data.consumerTaxId).toBeNull();
    expect((await staff.get(`/orders/${otherOrderId}`)).body.data.consumerTaxId).toBe('11144477735');

    const dir = join(app.dataDir, 'backups');
    const files = readdirSync(dir).filter((file) => /^store-.*\.db$/.test(file));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const backup = new Database(join(dir, file), { readonly: true });
      try {
        const cleared = backup.prepare('SELECT consumer_tax_id IS NULL AND consumer_tax_id_index IS NULL FROM orders WHERE id = ?').pluck().get(walkInOrderId);
        expect(cleared, `${file} keeps the CPF na nota of the erased person`).toBe(1);
        expect(backup.prepare('SELECT consumer_tax_id IS NOT NULL FROM orders WHERE id = ?').pluck().get(otherOrderId)).toBe(1);
      } finally {
        backup.close();
      }
    }
  });

  it('indexes at start-up the CPF of orders written before the index existed', () => {
    const db = app.ctx.db;
    const indexOf = () => db.prepare('SELECT consumer_tax_id_index FROM orders WHERE id = ?').pluck().get(otherOrderId) as string | null;
    const indexed = indexOf();
    expect(indexed).toBe(vaultOf(db).keyring.blindIndex('cpf', '11144477735'));
    // As the migration leaves an older store: the index empty and the store marked unsealed.
    db.prepare('UPDATE orders SET consumer_tax_id_index = NULL').run();
    db.prepare("DELETE FROM pii_sealed_stores WHERE name = 'orders.consumer_tax_id'").run();
    vaultOf(db).sealStored(db, new Date().toISOString());
    expect(indexOf()).toBe(indexed);
    expect(CPF).not.toBe('11144477735');
  });
});
