import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPrintingModule } from './index.js';
import { DEFAULT_RETRY_POLICY, enqueuePrintJob, recordFailure, retryFailedJob, withdrawJobsOf } from './job-commands.js';

/** Jobs withdrawn because the personal data they print was erased: blanked, failed, and never queued again. */
describe('withdrawn print jobs', () => {
  let app: TestAppliance;
  const run = <T>(fn: Parameters<TestAppliance['ctx']['commands']['run']>[1]) => app.ctx.commands.run('test', fn) as Promise<T>;
  const rowOf = (id: string) => app.ctx.db.prepare('SELECT status, payload, last_error_code FROM print_jobs WHERE id = ?').get(id);

  beforeAll(async () => {
    // The demo's virtual printers: a job not withdrawn prints.
    app = await startTestAppliance([createPrintingModule()], { env: { CHEFIA_DEMO: '1' } });
  });
  afterAll(() => app.close());

  it('blanks and fails the jobs of the sources named, leaves the others, refuses their retry and keeps health ok', async () => {
    const document = { columns: 48, ops: [] };
    const printerId = app.ctx.db.prepare('SELECT id FROM printers ORDER BY id LIMIT 1').pluck().get() as string;
    const [erased, other] = await run<string[]>((tx) => {
      const ids = [
        enqueuePrintJob(tx, { printerId, kind: 'route_slip', payload: { document }, source: { type: 'delivery', id: 'delivery-1' } }).id,
        enqueuePrintJob(tx, { printerId, kind: 'route_slip', payload: { document }, source: { type: 'delivery', id: 'delivery-2' } }).id,
      ];
      expect(withdrawJobsOf(tx, 'delivery', ['delivery-1'])).toBe(1);
      return ids;
    });
    expect(rowOf(erased)).toEqual({ status: 'FAILED', payload: '', last_error_code: 'PRINT_JOB_WITHDRAWN' });
    expect(rowOf(other)).not.toMatchObject({ last_error_code: 'PRINT_JOB_WITHDRAWN' });
    await expect(run((tx) => retryFailedJob(tx, erased))).rejects.toMatchObject({ code: 'PRINT_JOB_WITHDRAWN' });
    // No retry can print it, so it does not hold the printing check degraded for good.
    expect((await app.ctx.health.report()).checks.printing).toMatchObject({ status: 'ok', failedJobs: 0 });

    // The outcome of a send that was on its way to the printer when the job was withdrawn.
    await run((tx) => recordFailure(tx, erased, { code: 'PRINTER_OFFLINE', message: 'connection refused' }, DEFAULT_RETRY_POLICY));
    expect(rowOf(erased)).toEqual({ status: 'FAILED', payload: '', last_error_code: 'PRINT_JOB_WITHDRAWN' });
  });
});
