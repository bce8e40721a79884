import { afterEach, describe, expect, it } from 'vitest';
import { sampleKitchenTicket } from '../devices/printer/templates/sample-data.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPrintingModule } from './index.js';

/**
 * Every queued job writes a page of each index on print_jobs, so listing jobs in the order they were
 * queued reads the table's rowid rather than an index of its own.
 */
describe('print job indexes', () => {
  let app: TestAppliance | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('keeps print_jobs to the indexes its reads need and lists jobs in the order they were queued, without sorting the table', async () => {
    // No printer answers on this port: the jobs stay queued, retried far apart.
    app = await startTestAppliance([createPrintingModule({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000, failoverAfterAttempts: 5, maxAttempts: 5 } })]);
    const auth = app.bearer(['printing.read', 'printing.manage', 'printers.read']);
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${app!.baseUrl}/api/v1${path}`, {
        method,
        headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return (await res.json()) as { data: any };
    };
    await call('PUT', '/printers/cozinha', { name: 'cozinha', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: 9 } });
    const queued: string[] = [];
    for (const orderNumber of [11, 12, 13, 14]) {
      const job = await call('POST', '/print-jobs', { printerId: 'cozinha', kind: 'kitchen_ticket', payload: { template: 'kitchen_ticket', data: { ...sampleKitchenTicket, orderNumber } } });
      queued.push(job.data.id);
    }

    expect((await call('GET', '/print-jobs?sort=createdAt:asc')).data.map((job: { id: string }) => job.id)).toEqual(queued);
    expect((await call('GET', '/print-jobs?sort=createdAt:desc&size=2&page=2')).data.map((job: { id: string }) => job.id)).toEqual([queued[1], queued[0]]);

    const db = app.ctx.db;
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'print_jobs' ORDER BY name").pluck().all()).toEqual([
      'print_jobs_due',
      'sqlite_autoindex_print_jobs_1',
      'sqlite_autoindex_print_jobs_2',
    ]);
    // The route's statement (Kysely quotes the columns it names).
    const plan = (db.prepare('EXPLAIN QUERY PLAN SELECT * FROM "print_jobs" ORDER BY rowid DESC, "id" DESC LIMIT ? OFFSET ?').all(50, 0) as { detail: string }[]).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/SCAN print_jobs/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
  });
});
