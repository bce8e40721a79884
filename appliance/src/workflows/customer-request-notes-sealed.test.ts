import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { customersModule } from '../customers/index.js';
import { fiscalModule } from '../fiscal/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const EMAIL = 'renata.bastos.pedido@example.com';

/**
 * A data-subject request's notes are "free text a person typed, which may hold personal data"
 * (customers/data-requests.ts), so they are kept out of the journal and sealed in the stored
 * idempotent answer; docs/security.md: personal data is sealed wherever the store keeps it, and
 * after an erasure "nothing readable about them is left on the disk": the notes of the very
 * DELETION request (how the person asked: their e-mail) are sealed in the database file too.
 */
describe('notes of a data-subject request at rest', () => {
  let app: TestAppliance;
  let staff: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), customersModule, cashierModule, createPaymentsModule({ pixGateways: [] }), fiscalModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    staff = apiAs(app, ['customers.read', 'customers.manage', 'customers.erase'], 'MANAGER');
  });
  afterAll(() => app?.close());

  it('after the DELETION commits (and its WAL truncation), the database file does not hold the request notes in clear', async () => {
    const id = (await staff.post('/customers', { name: 'Renata Bastos', email: EMAIL })).body.data.id;
    const deletion = await staff.post(`/customers/${id}/data-requests`, { kind: 'DELETION', channel: 'EMAIL', notes: `pedido recebido de ${EMAIL}` });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    app.ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(app.ctx.db.prepare('SELECT notes FROM customer_data_requests WHERE customer_id = ?').pluck().get(id)).not.toContain(EMAIL);
    const bytes = readFileSync(join(app.dataDir, 'store.db')).toString('latin1');
    expect(bytes).not.toContain(EMAIL);
  });
});
