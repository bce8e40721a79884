import { describe, expect, it } from 'vitest';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { ERASED_CPF, type FiscalTill, namesErasedCpf, paidSaleWithCpf, useFiscalTill } from './erasure-test-support.js';
import { apiAs, eachBackup } from './test-support.js';

/**
 * A customer asks the store to delete their data (LGPD art. 18 VI). Their NFC-e is kept for the
 * fiscal retention period under legal hold: docs/api.md "Fiscal documents under legal hold answer
 * GET /fiscal/documents/{id}/xml and …/danfe with 423 FISCAL_DOCUMENT_LEGAL_HOLD; transmission,
 * cancellation and the monthly accountant export still use them".
 *
 * The POS "Reimprimir" button (POST /orders/{id}/receipt/reprint, any CASHIER) renders the same
 * DANFE from the fiscal runtime: it honours the hold too, or any cashier could still print, on
 * paper, "CONSUMIDOR - CPF …" of the erased customer after the deletion.
 */
describe('the NFC-e of an erased customer: reprint under legal hold, XML after anonymization', () => {
  let store: FiscalTill;
  useFiscalTill('erasure-reprint', { printerOn: true }, (started) => {
    store = started;
  });

  it('does not print the DANFE naming the erased CPF once the deletion put it under legal hold', async () => {
    const { manager, cashier, till } = store;
    const customerId = (await manager.post('/customers', { name: 'Renata Bastos', cpf: ERASED_CPF })).body.data.id as string;
    const { orderId, document } = await paidSaleWithCpf(store, ERASED_CPF, customerId);
    expect(document.status).toBe('AUTHORIZED');
    // The sale's own DANFE named the CPF on paper, as the law wants at the sale.
    await waitUntil('the DANFE of the sale', () => till.jobs.map((j) => j.text), (texts) => texts.some(namesErasedCpf), { timeoutMs: 20_000 });

    const deletion = await manager.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    expect(deletion.body.data.export.legalHolds).toHaveLength(1);
    // The fiscal routes honour the hold…
    expect((await manager.get(`/fiscal/documents/${document.id}/danfe`)).status).toBe(423);

    // …and so does the till's reprint: nothing reaches the printer.
    const printedBefore = till.jobs.length;
    const reprint = await cashier.post(`/orders/${orderId}/receipt/reprint`, {});
    expect([reprint.status, reprint.body.error?.code]).toEqual([423, 'FISCAL_DOCUMENT_LEGAL_HOLD']);
    expect(till.jobs.slice(printedBefore)).toEqual([]);
  }, 60_000);

  /**
   * The counter's "anonimizar" (POST /customers/{id}/anonymize: personal fields and indexes cleared,
   * id kept for past orders, the order's CPF na nota cleared) places the same legal hold as a
   * deletion: without it, the NFC-e XML of the anonymized customer's order would keep serving
   * `<dest><CPF>` to any CASHIER (fiscal.read), and the "anonymized" record would be re-identified
   * in one request, which makes the anonymization void (LGPD art. 12).
   */
  it('does not serve the CPF of a customer anonymized at the counter through their NFC-e', async () => {
    const { manager, cashier, app } = store;
    const customerId = (await manager.post('/customers', { name: 'Otávio Lins', cpf: '111.444.777-35' })).body.data.id as string;
    const { orderId, document } = await paidSaleWithCpf(store, '111.444.777-35', customerId);
    const anonymized = await manager.post(`/customers/${customerId}/anonymize`, {});
    expect(anonymized.status, JSON.stringify(anonymized.body)).toBe(200);
    expect((await cashier.get(`/orders/${orderId}`)).body.data).toMatchObject({ customerId, consumerTaxId: null });

    const res = await fetch(`${app.baseUrl}/api/v1/fiscal/documents/${document.id}/xml`, { headers: { authorization: app.bearer(['fiscal.read'], { role: 'CASHIER', id: 'cashier-2' }) } });
    const body = await res.text();
    expect(res.status, `the anonymized customer's CPF is served: ${body.match(/<dest>.*?<\/dest>/)?.[0]}`).toBe(423);
    expect(body).not.toContain('11144477735');
  }, 60_000);

  /**
   * A backup taken before the deletion holds the NFC-e too (the XML, kept for the fiscal retention
   * period, names the CPF). The erasure reaches every backup, and with it the legal hold: a
   * restore of last night's copy must not hand the XML and the DANFE back to any cashier.
   */
  it('puts the NFC-e under the same legal hold in the backups taken before the deletion', async () => {
    const { manager, app } = store;
    const customerId = (await manager.post('/customers', { name: 'Sílvia Prado', cpf: '714.602.380-01' })).body.data.id as string;
    const { document } = await paidSaleWithCpf(store, '714.602.380-01', customerId);
    expect((await apiAs(app, ['backups.manage'], 'MANAGER').post('/backups')).status).toBe(201);
    const deletion = await manager.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    const liveHold = app.ctx.db.prepare('SELECT hold_until FROM fiscal_legal_holds WHERE access_key = ?').pluck().get(document.accessKey);
    expect(liveHold).toBeTruthy();
    eachBackup(app, (backup) => {
      const held = backup.prepare('SELECT hold_until FROM fiscal_legal_holds WHERE access_key = ?').pluck().get(document.accessKey);
      expect(held, 'a backup serves the erased customer\'s NFC-e without its legal hold').toBe(liveHold);
    });
  }, 60_000);
});
