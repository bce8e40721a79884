import { describe, expect, it } from 'vitest';
import { placeFiscalLegalHold } from '../fiscal/index.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { ERASED_CPF, type FiscalTill, namesErasedCpf, paidSaleWithCpf, useFiscalTill } from './erasure-test-support.js';

/** The DANFE print job of a fiscal document, once it has failed (the till printer is off). */
async function failedDanfeJob(store: FiscalTill, documentId: string) {
  const job = await waitUntil(
    'the DANFE job failed',
    async () => ((await store.manager.get('/print-jobs?size=100')).body.data as { id: string; status: string; source: { id: string } | null }[]).find((j) => j.source?.id === documentId),
    (found) => found?.status === 'FAILED',
    { timeoutMs: 20_000 },
  );
  return job!;
}

/**
 * The sale's DANFE did not print (the till printer was off): its job is FAILED, its payload (the
 * DANFE naming "CONSUMIDOR - CPF …") kept for a retry. The customer then asks for deletion. The
 * erasure withdraws the pending jobs that name the person: the route slips of their deliveries and
 * the DANFE of each document it puts under legal hold. Were the DANFE job left in place, the
 * manager's "tentar de novo" once the printer is back would print the erased customer's CPF.
 */
describe('a failed DANFE print job of a customer who then asked for deletion', () => {
  let store: FiscalTill;
  useFiscalTill('erasure-danfe-job', { printerOn: false, printing: { retry: { baseDelayMs: 10, maxDelayMs: 20, failoverAfterAttempts: 99, maxAttempts: 2 } } }, (started) => {
    store = started;
  });

  it('does not print the erased CPF when the failed job is retried', async () => {
    const { manager, till } = store;
    const customerId = (await manager.post('/customers', { name: 'Renata Bastos', cpf: ERASED_CPF })).body.data.id as string;
    const { document } = await paidSaleWithCpf(store, ERASED_CPF, customerId);
    const danfeJob = await failedDanfeJob(store, document.id);

    const deletion = await manager.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
    expect(deletion.status, JSON.stringify(deletion.body)).toBe(201);
    expect(deletion.body.data.export.legalHolds.map((h: { accessKey: string }) => h.accessKey)).toEqual([document.accessKey]);

    // The printer is back; the manager retries what failed: the erasure withdrew it.
    await store.switchPrinter(true);
    const retried = await manager.post(`/print-jobs/${danfeJob.id}/retry`, {});
    expect([retried.status, retried.body.error?.code]).toEqual([422, 'PRINT_JOB_WITHDRAWN']);
    expect(till.jobs.map((j) => j.text).some(namesErasedCpf)).toBe(false);
  }, 60_000);

  it('refuses to retry a failed DANFE whose document is under legal hold, though the job was not withdrawn', async () => {
    const { manager, till, app } = store;
    // The printer is off again; a sale without a customer record, its DANFE failed.
    await store.switchPrinter(false);
    const { document } = await paidSaleWithCpf(store, ERASED_CPF);
    const danfeJob = await failedDanfeJob(store, document.id);
    // Held with the job left in place (as a hold placed while the job was being sent leaves it).
    await app.ctx.commands.run('test.hold', (tx) => placeFiscalLegalHold(tx, document.accessKey as string, '2099-01-01T00:00:00.000Z', 'TEST'), { actor: { type: 'system', id: 'test' } });
    await store.switchPrinter(true);
    const printedBefore = till.jobs.length;
    const retried = await manager.post(`/print-jobs/${danfeJob.id}/retry`, {});
    expect([retried.status, retried.body.error?.code]).toEqual([423, 'FISCAL_DOCUMENT_LEGAL_HOLD']);
    expect((await manager.get(`/print-jobs/${danfeJob.id}`)).body.data.status).toBe('FAILED');
    expect(till.jobs.slice(printedBefore).map((j) => j.text).some(namesErasedCpf)).toBe(false);
  }, 60_000);
});
