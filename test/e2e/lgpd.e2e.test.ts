import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PiiKeyring } from '../../appliance/src/kernel/pii/keyring.js';
import { SealedColumn } from '../../appliance/src/kernel/pii/sealed-column.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { ApiClient } from '../support/http-client.js';
import { useRelayAndStore } from '../support/relay-and-store.js';
import { spawnReplicatingAppliance } from './relay-process.js';

const STORE_ADMIN = 'Admin#2026x';
const PERSON = {
  name: 'Beatriz Quaresma Lgpd',
  cpf: '11144477735',
  phone: '11955554444',
  email: 'beatriz.quaresma@example.com',
  correctedEmail: 'beatriz.quaresma.novo@example.com',
  street: 'Rua Privacidade Garantida',
};
const PERSONAL_VALUES = Object.values(PERSON);
/** The CPF as typed at the till and as digits: neither may be readable anywhere at rest. */
const CPF_SPELLINGS = ['111.444.777-35', PERSON.cpf];

/** Every row of every table in the store database as text, but for the retained fiscal documents. */
function storeRowsText(dbFile: string): string {
  const db = new Database(dbFile, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'fiscal_documents'").pluck().all() as string[];
    return tables.map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

const fileText = (file: string) => (existsSync(file) ? readFileSync(file).toString('latin1') : '');

/** Moves the WAL into the database file, as the appliance's own checkpoints do, so the file's bytes hold the latest pages. */
function checkpoint(dbFile: string): void {
  const db = new Database(dbFile);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function printJobRows(dbFile: string): { source_type: string | null; status: string; text: string }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT * FROM print_jobs').all() as { source_type: string | null; status: string }[]).map((row) => ({ ...row, text: JSON.stringify(row) }));
  } finally {
    db.close();
  }
}

/**
 * LGPD end to end against the built appliance, a real relay and real Postgres: a customer with
 * consent buys, gets an NFC-e, asks for a copy of their data and then for deletion. Afterwards
 * neither the store (database, WAL, backups) nor the relay holds anything readable about them,
 * the NFC-e is kept untouched under legal hold, and the export lists both requests.
 */
describe('LGPD: consent, sale, export and deletion across store and relay', () => {
  const suite = useRelayAndStore('chefia-lgpd-e2e-');

  it('erases the customer everywhere but the retained NFC-e, and the export lists the requests', async () => {
    const { relayEnv, storeId, storeDir } = await suite.enrollStore({ code: 'LGPD', name: 'Loja LGPD', database: 'relay_lgpd' });
    // The demo store: seeded menu, an open day, NFC-e in homologation against the SEFAZ simulator.
    const appliance = await spawnReplicatingAppliance({ CHEFIA_DATA_DIR: storeDir, CHEFIA_DEMO: '1', CHEFIA_ADMIN_PASSWORD: STORE_ADMIN, CHEFIA_STORE_ID: 'loja-lgpd' }, 90_000);
    suite.appliance = appliance;
    const store = await new ApiClient(`http://127.0.0.1:${appliance.httpPort}`).login('admin', STORE_ADMIN);
    const dbFile = join(storeDir, 'store.db');

    const registered = await store.post('/customers', {
      name: PERSON.name,
      cpf: '111.444.777-35',
      phone: PERSON.phone,
      email: PERSON.email,
      addresses: [{ street: PERSON.street, number: '100', city: 'São Paulo', state: 'SP' }],
      marketingConsent: true,
      consentSource: 'POS',
    });
    expect(registered.status).toBe(201);
    const customerId = registered.body.data.id as string;

    // Acceptance 3: the database shows no CPF, phone or e-mail, and lookup by CPF still works.
    const beforeSale = storeRowsText(dbFile);
    for (const value of [PERSON.cpf, PERSON.phone, PERSON.email, PERSON.street]) expect(beforeSale).not.toContain(value);
    const byCpf = await store.get('/customers?q=111.444.777-35');
    expect(byCpf.body.data.map((c: { id: string }) => c.id)).toEqual([customerId]);

    // A sale with the customer attached, paid in cash: the NFC-e is issued from it.
    const session = await store.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(session.status).toBe(201);
    // CPF na nota, with an Idempotency-Key: the stored answer (which names the CPF) is sealed too.
    const order = await store.post('/orders', { channel: 'COUNTER', customerId, consumerTaxId: PERSON.cpf, items: [{ productId: 'prod-fries', quantity: 2 }] }, { 'idempotency-key': 'lgpd-sale-1' });
    expect(order.status).toBe(201);
    expect(order.body.data.consumerTaxId).toBe(PERSON.cpf);
    const orderId = order.body.data.id as string;
    expect((await store.post(`/orders/${orderId}/confirm`)).status).toBe(200);
    expect((await store.post(`/orders/${orderId}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await store.post(`/orders/${orderId}/payments`, { method: 'CASH', tenderedCents: order.body.data.totalCents });
    expect(paid.status).toBe(201);
    type Doc = { id: string; accessKey: string; status: string };
    const issued = async () => ((await store.get(`/fiscal/documents?orderId=${orderId}`)).body.data as Doc[]).find((d) => ['AUTHORIZED', 'CONTINGENCY'].includes(d.status));
    const document = await waitUntil('the NFC-e of the sale', issued, (doc) => doc !== undefined, { timeoutMs: 30_000, intervalMs: 200 });
    const xmlBefore = await (await fetch(`http://127.0.0.1:${appliance.httpPort}/api/v1/fiscal/documents/${document!.id}/xml`, { headers: { authorization: `Bearer ${store.token}` } })).text();
    expect(xmlBefore).toContain(document!.accessKey);
    // The fiscal record carries the CPF, as the law requires.
    expect(xmlBefore).toContain(`<dest><CPF>${PERSON.cpf}</CPF>`);

    // The DANFE printed on the demo's receipt printer named the CPF; the queue keeps no readable copy.
    const danfeJob = await waitUntil('the DANFE printed', async () => printJobRows(dbFile).find((job) => job.source_type === 'fiscal_document'), (job) => job?.status === 'DONE', { timeoutMs: 30_000, intervalMs: 200 });
    expect(danfeJob).toBeDefined();
    for (const job of printJobRows(dbFile)) for (const cpf of CPF_SPELLINGS) expect(job.text, `${cpf} in print job`).not.toContain(cpf);
    // Order, fiscal document, print queue and stored answers: nothing in the database file in clear.
    checkpoint(dbFile);
    for (const file of [dbFile, `${dbFile}-wal`]) for (const cpf of CPF_SPELLINGS) expect(fileText(file), `${cpf} in ${file}`).not.toContain(cpf);

    const access = await store.post(`/customers/${customerId}/data-requests`, { kind: 'ACCESS', channel: 'EMAIL' });
    expect(access.status).toBe(201);
    const firstExport = access.body.data.export;
    expect(firstExport.customer).toMatchObject({ cpf: PERSON.cpf, phone: PERSON.phone, email: PERSON.email });
    expect(firstExport.consents).toEqual([expect.objectContaining({ purpose: 'MARKETING', granted: true, source: 'POS', recordedAt: expect.any(String) })]);
    expect(firstExport.orders).toHaveLength(1);
    expect(firstExport.orders[0].payments[0]).toMatchObject({ method: 'CASH', status: 'CAPTURED' });
    expect(firstExport.orders[0].fiscalDocuments.map((d: { accessKey: string }) => d.accessKey)).toEqual([document!.accessKey]);

    // Correction: the customer's e-mail changes, encrypted like the first one.
    const corrected = await store.post(`/customers/${customerId}/data-requests`, { kind: 'CORRECTION', channel: 'EMAIL', changes: { email: PERSON.correctedEmail } });
    expect(corrected.status).toBe(201);
    expect(corrected.body.data.export.customer.email).toBe(PERSON.correctedEmail);
    expect(storeRowsText(dbFile)).not.toContain(PERSON.correctedEmail);
    const emptyCorrection = await store.post(`/customers/${customerId}/data-requests`, { kind: 'CORRECTION', changes: {} });
    expect(emptyCorrection.body.error.code).toBe('CUSTOMER_CORRECTION_EMPTY');

    // Close the till and the day: the day's backup is written, holding ciphertext only.
    const cash = paid.body.data.payment.amountCents as number;
    expect((await store.post(`/cashier-sessions/${session.body.data.id}/close`, { counted: { CASH: 10_000 + cash } })).status).toBe(200);
    const closed = await store.post('/business-days/current/close');
    expect(closed.status).toBe(200);
    const backupFile = closed.body.data.backup.file as string;
    for (const value of [...CPF_SPELLINGS, PERSON.phone, PERSON.email, PERSON.street]) expect(fileText(backupFile), `${value} in the backup`).not.toContain(value);

    const deletion = await store.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE', notes: 'Pedido no balcão' });
    expect(deletion.status).toBe(201);
    const finalExport = deletion.body.data.export;
    expect(finalExport.customer).toMatchObject({ name: 'Cliente anonimizado', cpf: null, phone: null, email: null, addresses: [], marketingConsent: false });
    expect(finalExport.dataRequests.map((r: { kind: string }) => r.kind)).toEqual(['ACCESS', 'CORRECTION', 'DELETION']);
    for (const request of finalExport.dataRequests) {
      expect(request.handledBy).toEqual(expect.any(String));
      expect(Date.parse(request.dueAt) - Date.parse(request.requestedAt)).toBe(15 * 86_400_000);
    }
    const [hold] = finalExport.legalHolds;
    expect(hold).toMatchObject({ orderId, accessKey: document!.accessKey });
    expect(new Date(hold.holdUntil).getUTCFullYear()).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 5);

    // The NFC-e is kept byte for byte (sealed: it names the consumer), and refused for any use but the fiscal one.
    const heldXml = await store.get(`/fiscal/documents/${document!.id}/xml`);
    expect(heldXml.status).toBe(423);
    expect(heldXml.body.error.code).toBe('FISCAL_DOCUMENT_LEGAL_HOLD');
    const kept = new Database(dbFile, { readonly: true });
    const row = kept.prepare('SELECT proc_xml, signed_xml FROM fiscal_documents WHERE id = ?').get(document!.id) as { proc_xml: string | null; signed_xml: string };
    kept.close();
    const [column, sealed] = row.proc_xml ? ['proc_xml', row.proc_xml] : ['signed_xml', row.signed_xml];
    const keptXml = new SealedColumn({ table: 'fiscal_documents', column }).open(PiiKeyring.open(storeDir), document!.id, sealed);
    expect(PiiKeyring.keyIdOf(sealed)).not.toBeNull();
    expect(xmlBefore).toContain(keptXml);
    expect(keptXml).toContain(`<dest><CPF>${PERSON.cpf}</CPF>`);

    // The store: no table, no byte of the database or its WAL, no backup holds the person.
    const afterRows = storeRowsText(dbFile);
    for (const value of PERSONAL_VALUES) expect(afterRows, value).not.toContain(value);
    checkpoint(dbFile);
    for (const file of [dbFile, `${dbFile}-wal`, backupFile]) for (const value of [...PERSONAL_VALUES, ...CPF_SPELLINGS]) expect(fileText(file), `${value} in ${file}`).not.toContain(value);

    // The relay: once the anonymization arrived, no projection holds the customer or their link to orders.
    const health = async () => (await (await fetch(`http://127.0.0.1:${appliance.httpPort}/health`)).json()).data.checks.replication;
    await waitUntil('the relay to acknowledge the whole journal', health, (r) => r.relayHighWater === r.headSeq, { timeoutMs: 60_000, intervalMs: 200 });
    const client = new pg.Client(relayEnv.DATABASE_URL);
    await client.connect();
    try {
      const { rows: [customer] } = await client.query('SELECT marketing_consent, anonymized FROM pos_modern.customers WHERE store_id = $1 AND id = $2', [storeId, customerId]);
      expect(customer).toEqual({ marketing_consent: false, anonymized: true });
      const { rows: [projected] } = await client.query('SELECT customer_id FROM pos_modern.orders WHERE store_id = $1 AND id = $2', [storeId, orderId]);
      expect(projected).toEqual({ customer_id: null });
      const { rows: tables } = await client.query("SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('pos_modern', 'relay') AND table_type = 'BASE TABLE'");
      for (const { table_schema, table_name } of tables) {
        const { rows } = await client.query(`SELECT * FROM "${table_schema}"."${table_name}"`);
        const text = JSON.stringify(rows);
        for (const value of PERSONAL_VALUES) expect(text, `${value} in ${table_schema}.${table_name}`).not.toContain(value);
      }
    } finally {
      await client.end();
    }
  }, 180_000);
});
