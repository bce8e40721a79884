import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mqtt from 'mqtt';
import { afterEach, describe, expect, it } from 'vitest';
import { jobLines } from '../devices/printer/virtual/job-model.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { sampleKitchenTicket, sampleReceipt } from '../devices/printer/templates/sample-data.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPrintingModule, type PrintingModuleOptions } from './index.js';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function virtualPrinter(port = 0): Promise<VirtualPrinterServer> {
  const server = new VirtualPrinterServer({ port });
  await server.start();
  cleanups.push(() => server.stop());
  return server;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as { port: number };
  await new Promise((r) => probe.close(r));
  return port;
}

const fastRetry: PrintingModuleOptions['retry'] = { baseDelayMs: 20, maxDelayMs: 200, failoverAfterAttempts: 1, maxAttempts: 4 };

async function appliance(options: PrintingModuleOptions = { retry: fastRetry }, dataDir?: string): Promise<TestAppliance> {
  const app = await startTestAppliance([createPrintingModule(options)], { dataDir });
  return app;
}

function client(app: TestAppliance) {
  const auth = app.bearer(['printing.read', 'printing.manage', 'printers.read']);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as { data: any; error: any; metadata: any } };
  };
  return {
    call,
    printer: (id: string, port: number, backupPrinterId?: string) =>
      call('PUT', `/printers/${id}`, { name: id, profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port }, backupPrinterId }),
    ticket: (printerId: string, orderNumber: number, dedupeKey?: string) =>
      call('POST', '/print-jobs', { printerId, kind: 'kitchen_ticket', payload: { template: 'kitchen_ticket', data: { ...sampleKitchenTicket, orderNumber } }, dedupeKey }),
    async waitUntil(predicate: (jobs: any[]) => boolean, timeoutMs = 8000): Promise<any[]> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const jobs = (await call('GET', '/print-jobs?size=100&sort=createdAt:asc')).body.data as any[];
        if (predicate(jobs)) return jobs;
        if (Date.now() > deadline) throw new Error(`timed out; jobs: ${JSON.stringify(jobs.map((j) => [j.status, j.printerId, j.lastErrorCode]))}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };
}

const orderOf = (lines: string[]) => lines.find((l) => l.startsWith('PEDIDO '));
const printedOrders = (vp: VirtualPrinterServer) => vp.recorder.completed().map((job) => orderOf(jobLines(job.parsed)));

/** A store with one kitchen printer on a virtual printer. */
async function kitchenPrinterStore() {
  const vp = await virtualPrinter();
  const app = await appliance();
  cleanups.push(() => app.close());
  const api = client(app);
  await api.printer('cozinha', vp.port);
  return { vp, app, api };
}

/** A promise the test settles itself, released at cleanup too so nothing waits past the test. */
function held(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  cleanups.push(() => release());
  return { promise, release };
}
const allDone = (n: number) => (jobs: any[]) => jobs.length === n && jobs.every((j) => j.status === 'DONE');

describe('print queue', () => {
  it('prints a kitchen ticket, journals queued -> done and publishes them on MQTT', async () => {
    const vp = await virtualPrinter();
    const app = await appliance();
    cleanups.push(() => app.close());
    const api = client(app);
    expect((await api.printer('cozinha', vp.port)).status).toBe(200);

    const broker = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:ADMIN', password: 'test', reconnectPeriod: 0 });
    cleanups.push(() => broker.endAsync());
    const seen: string[] = [];
    const jobTopics: Array<[string, string]> = [];
    broker.on('message', (topic, payload) => {
      const type = topic.split('/').pop()!;
      if (type.startsWith('print_job.')) seen.push(type);
      if (topic.includes('/printers/')) jobTopics.push([topic, JSON.parse(payload.toString()).type]);
    });
    await broker.subscribeAsync(['store/demo-store/events/+', 'store/demo-store/printers/#'], { qos: 1 });

    const queued = await api.ticket('cozinha', 77);
    expect(queued.status).toBe(201);
    expect(queued.body.data.status).toBe('QUEUED');
    const [job] = await api.waitUntil(allDone(1));
    expect(job).toMatchObject({ printerId: 'cozinha', attempts: 1, lastErrorCode: null });
    expect(job.bytes).toBeGreaterThan(0);
    expect(vp.recorder.completed().map((j) => orderOf(jobLines(j.parsed)))).toEqual(['PEDIDO 77']);
    const types = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === job.id).map((e) => e.type);
    expect(types).toEqual(['print_job.queued', 'print_job.done']);
    const deadline = Date.now() + 3000;
    while ((seen.length < 2 || jobTopics.length < 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['print_job.queued', 'print_job.done']);
    const topic = `store/demo-store/printers/cozinha/jobs/${job.id}`;
    expect(jobTopics).toEqual([
      [topic, 'print_job.queued'],
      [topic, 'print_job.done'],
    ]);
  });

  it('a job being sent is PRINTING in the API and QUEUED in SQLite; its failure counts the attempt', async () => {
    // A printer that takes the connection and never answers its status request.
    const hung = createServer((socket) => socket.on('data', () => undefined));
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const sockets = new Set<import('node:net').Socket>();
    hung.on('connection', (socket) => sockets.add(socket));
    cleanups.push(() => new Promise((r) => hung.close(r)));
    const app = await appliance({ retry: { ...fastRetry, baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('cozinha', (hung.address() as { port: number }).port);
    const { body } = await api.ticket('cozinha', 31);
    const [sending] = await api.waitUntil((jobs) => jobs[0]?.status === 'PRINTING');
    expect(sending).toMatchObject({ id: body.data.id, attempts: 0 });
    expect(app.ctx.db.prepare('SELECT status FROM print_jobs WHERE id = ?').pluck().get(body.data.id)).toBe('QUEUED');
    expect((await api.call('GET', `/print-jobs/${body.data.id}`)).body.data.status).toBe('PRINTING');
    expect((await api.call('GET', '/print-jobs?status=PRINTING')).body.data.map((j: { id: string }) => j.id)).toEqual([body.data.id]);
    expect((await api.call('GET', '/print-jobs?status=QUEUED')).body.metadata.total).toBe(0);

    for (const socket of sockets) socket.destroy();
    const [retrying] = await api.waitUntil((jobs) => jobs[0]?.lastErrorCode !== null && jobs[0]?.status === 'QUEUED');
    expect(retrying).toMatchObject({ attempts: 1 });
    expect((await api.call('GET', '/print-jobs?status=PRINTING')).body.metadata.total).toBe(0);
    const types = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === body.data.id).map((e) => e.type);
    expect(types).toEqual(['print_job.queued', 'print_job.retry_scheduled']);
  });

  it("a printed job's DONE commit does not hold its printer: the next job goes out meanwhile, each printed once", async () => {
    const { vp, app, api } = await kitchenPrinterStore();
    // The DONE commits wait until released, as they would behind a busy batch and its fsync.
    const done = held();
    const bus = app.ctx.commands;
    const run = bus.run.bind(bus);
    bus.run = ((name: string, fn: never, options?: never) => (name === 'print_job.done' ? done.promise.then(() => run(name, fn, options)) : run(name, fn, options))) as typeof bus.run;
    cleanups.push(() => {
      bus.run = run;
    });

    const first = (await api.ticket('cozinha', 41)).body.data.id as string;
    const second = (await api.ticket('cozinha', 42)).body.data.id as string;
    const printed = () => printedOrders(vp);
    for (let waited = 0; printed().length < 2 && waited < 8000; waited += 25) await new Promise((r) => setTimeout(r, 25));
    expect(printed()).toEqual(['PEDIDO 41', 'PEDIDO 42']);
    // Both printed, neither DONE yet: QUEUED in SQLite, PRINTING in the API, and not sent again.
    const stored = app.ctx.db.prepare('SELECT status FROM print_jobs WHERE id IN (?, ?)').pluck().all(first, second);
    expect(stored).toEqual(['QUEUED', 'QUEUED']);
    expect((await api.call('GET', '/print-jobs?status=PRINTING')).body.metadata.total).toBe(2);
    done.release();
    await api.waitUntil(allDone(2));
    await new Promise((r) => setTimeout(r, 100));
    expect(printed()).toEqual(['PEDIDO 41', 'PEDIDO 42']);
  });

  it('nothing reaches the paper before the job it read is on stable storage', async () => {
    const { vp, app, api } = await kitchenPrinterStore();
    // The store's fsync held, as a power cut could still take back a commit visible to reads.
    const onStorage = held();
    const bus = app.ctx.commands;
    const durable = bus.durable.bind(bus);
    bus.durable = () => onStorage.promise;
    cleanups.push(() => {
      bus.durable = durable;
    });

    await api.ticket('cozinha', 43);
    await new Promise((r) => setTimeout(r, 300));
    expect(vp.recorder.completed()).toHaveLength(0);
    onStorage.release();
    await api.waitUntil(allDone(1));
    expect(printedOrders(vp)).toEqual(['PEDIDO 43']);
  });

  it('socket closed mid-job: the job completes on the backup printer, none lost, none printed twice', async () => {
    const primary = await virtualPrinter();
    const backup = await virtualPrinter();
    const app = await appliance();
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('backup', backup.port);
    await api.printer('primary', primary.port, 'backup');
    primary.failNextJob({ closeAfterBytes: 120 });

    for (const n of [1, 2, 3, 4, 5]) expect((await api.ticket('primary', n)).status).toBe(201);
    const jobs = await api.waitUntil(allDone(5));

    const onPrimary = primary.recorder.completed().map((j) => orderOf(jobLines(j.parsed)));
    const onBackup = backup.recorder.completed().map((j) => orderOf(jobLines(j.parsed)));
    expect(primary.jobs.filter((j) => j.aborted)).toHaveLength(1);
    expect(onBackup).toEqual(['PEDIDO 1']);
    expect([...onPrimary, ...onBackup].sort()).toEqual(['PEDIDO 1', 'PEDIDO 2', 'PEDIDO 3', 'PEDIDO 4', 'PEDIDO 5']);
    const failedOver = jobs.find((j) => j.printerId === 'backup');
    expect(failedOver).toMatchObject({ requestedPrinterId: 'primary', triedPrinterIds: ['primary', 'backup'], attempts: 2 });
    const types = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === failedOver.id).map((e) => e.type);
    expect(types).toEqual(['print_job.queued', 'print_job.failed_over', 'print_job.done']);
  });

  it('paper out: the job goes straight to the backup and nothing reaches the primary paper', async () => {
    const primary = await virtualPrinter();
    const backup = await virtualPrinter();
    const app = await appliance({ retry: { ...fastRetry, failoverAfterAttempts: 3 } });
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('backup', backup.port);
    await api.printer('primary', primary.port, 'backup');
    primary.setStatus({ paperOut: true });
    await api.ticket('primary', 21);
    const [job] = await api.waitUntil(allDone(1));
    expect(job).toMatchObject({ printerId: 'backup', attempts: 2, triedPrinterIds: ['primary', 'backup'] });
    expect(primary.jobs).toEqual([]);
    expect(backup.recorder.completed().map((j) => orderOf(jobLines(j.parsed)))).toEqual(['PEDIDO 21']);
    const status = await api.call('GET', '/printers/primary/status');
    expect(status.body.data).toMatchObject({ reachable: true, status: { paperOut: true } });
  });

  it('paper running out mid-ticket: the job is not DONE, and prints again in full, once, when the paper is back', async () => {
    const vp = await virtualPrinter();
    const app = await appliance({ retry: { baseDelayMs: 50, maxDelayMs: 100, failoverAfterAttempts: 1, maxAttempts: 50 } });
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('cozinha', vp.port);
    vp.failNextJob({ paperOutAfterBytes: 200 });
    const { body } = await api.ticket('cozinha', 31);
    const [waiting] = await api.waitUntil((jobs) => jobs[0]?.lastErrorCode === 'PRINTER_NOT_READY');
    expect(waiting).toMatchObject({ id: body.data.id, status: expect.stringMatching(/^(QUEUED|PRINTING)$/) });
    expect(vp.jobs).toHaveLength(1);
    expect(vp.jobs[0].aborted).toBe(true);

    vp.setStatus({ paperOut: false });
    await api.waitUntil(allDone(1));
    expect(printedOrders(vp)).toEqual(['PEDIDO 31']);
    const types = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === body.data.id).map((e) => e.type);
    expect(types.filter((t) => t === 'print_job.done')).toHaveLength(1);
  });

  it('a printer out of paper for longer than the attempts last: the job waits for the paper instead of failing, and prints once it is back', async () => {
    const vp = await virtualPrinter();
    const app = await appliance({ retry: { ...fastRetry, maxAttempts: 3 } });
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('cozinha', vp.port);
    vp.setStatus({ paperOut: true });
    const { body } = await api.ticket('cozinha', 41);
    // Well past its three attempts, the job is still waiting for the paper.
    const [waiting] = await api.waitUntil((jobs) => jobs[0]?.attempts >= 6);
    expect(waiting).toMatchObject({ id: body.data.id, status: expect.stringMatching(/^(QUEUED|PRINTING)$/), lastErrorCode: 'PRINTER_NOT_READY' });
    expect(vp.jobs).toEqual([]);
    vp.setStatus({ paperOut: false });
    await api.waitUntil(allDone(1));
    expect(printedOrders(vp)).toEqual(['PEDIDO 41']);
  });

  it('a printer still not ready when the patience is over: the job fails loudly', async () => {
    const vp = await virtualPrinter();
    const app = await appliance({ retry: { ...fastRetry, maxAttempts: 3, notReadyPatienceMs: 300 } });
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('cozinha', vp.port);
    vp.setStatus({ coverOpen: true });
    const { body } = await api.ticket('cozinha', 42);
    const [failed] = await api.waitUntil((jobs) => jobs[0]?.status === 'FAILED');
    expect(failed).toMatchObject({ id: body.data.id, lastErrorCode: 'PRINTER_NOT_READY' });
    expect(vp.jobs).toEqual([]);
  });

  it('a job that cannot print ends FAILED, loudly: event, listing, health; a retry prints it', async () => {
    const deadPort = await freePort();
    const app = await appliance({ retry: { ...fastRetry, maxAttempts: 3 } });
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('bar', deadPort);
    const { body } = await api.ticket('bar', 9);
    const [failed] = await api.waitUntil((jobs) => jobs[0]?.status === 'FAILED');
    expect(failed).toMatchObject({ id: body.data.id, attempts: 3, lastErrorCode: 'PRINTER_UNREACHABLE' });
    const types = app.ctx.journal.readAfter(0).filter((e) => e.aggregateId === failed.id).map((e) => e.type);
    expect(types.filter((t) => t === 'print_job.retry_scheduled')).toHaveLength(2);
    expect(types.at(-1)).toBe('print_job.failed');
    expect((await api.call('GET', '/print-jobs?status=FAILED')).body.metadata.total).toBe(1);
    const report = await app.ctx.health.report();
    expect(report.checks.printing).toMatchObject({ status: 'degraded', failedJobs: 1 });

    const vp = await virtualPrinter();
    await api.printer('bar', vp.port);
    expect((await api.call('POST', `/print-jobs/${failed.id}/retry`)).status).toBe(200);
    await api.waitUntil(allDone(1));
    expect(vp.recorder.completed()).toHaveLength(1);
    expect((await api.call('POST', `/print-jobs/${failed.id}/retry`)).body.error.code).toBe('PRINT_JOB_NOT_FAILED');
  });

  it('restart with queued jobs resumes them (also a job an earlier release left PRINTING), each printed exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'printing-restart-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const retry = { baseDelayMs: 20, maxDelayMs: 100, failoverAfterAttempts: 1, maxAttempts: 1000 };
    const first = await appliance({ retry }, dataDir);
    const api1 = client(first);
    await api1.printer('cozinha', port);
    for (const n of [11, 12, 13]) await api1.ticket('cozinha', n);
    await api1.waitUntil((jobs) => jobs.length === 3 && jobs.every((j) => j.attempts >= 1));
    await first.close();

    // A row an earlier release left PRINTING: it committed that state before sending.
    const db = new Database(join(dataDir, 'store.db'));
    const crashedId = db.prepare('SELECT id FROM print_jobs ORDER BY created_at LIMIT 1').pluck().get() as string;
    db.prepare("UPDATE print_jobs SET status = 'PRINTING' WHERE id = ?").run(crashedId);
    db.close();

    const vp = await virtualPrinter(port);
    const second = await appliance({ retry }, dataDir);
    cleanups.push(() => second.close());
    const jobs = await client(second).waitUntil(allDone(3));
    expect(jobs).toHaveLength(3);
    expect(vp.recorder.completed().map((j) => orderOf(jobLines(j.parsed))).sort()).toEqual(['PEDIDO 11', 'PEDIDO 12', 'PEDIDO 13']);
    const resumed = second.ctx.journal
      .readAfter(0)
      .filter((e) => e.type === 'print_job.queued')
      .filter((e) => e.payload.resumedAfterRestart)
      .map((e) => e.aggregateId);
    expect(resumed).toContain(crashedId);
  });

  it('same dedupe key, same job: an event replay never prints a ticket twice', async () => {
    const vp = await virtualPrinter();
    const app = await appliance();
    cleanups.push(() => app.close());
    const api = client(app);
    await api.printer('cozinha', vp.port);
    const a = await api.ticket('cozinha', 5, 'order-5/kitchen');
    const b = await api.ticket('cozinha', 5, 'order-5/kitchen');
    expect(b.body.data.id).toBe(a.body.data.id);
    await api.waitUntil(allDone(1));
    expect(vp.recorder.completed()).toHaveLength(1);
  });

  it('rejects bad input with stable codes', async () => {
    const app = await appliance();
    cleanups.push(() => app.close());
    const api = client(app);
    expect((await api.ticket('nope', 1)).body.error.code).toBe('PRINTER_NOT_FOUND');
    const scale = await api.call('PUT', '/printers/x', { name: 'x', profileId: 'toledo-prix-6', connection: { type: 'tcp', host: '127.0.0.1', port: 9100 } });
    expect([scale.status, scale.body.error.code]).toEqual([422, 'PRINTER_PROFILE_NOT_PRINTER']);
    const bad = await api.call('POST', '/print-jobs', { printerId: 'x', payload: { template: 'poem', data: {} } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    await api.printer('x', 9100);
    const badData = await api.call('POST', '/print-jobs', { printerId: 'x', payload: { template: 'kitchen_ticket', data: { station: 'Chapa', items: [] } } });
    expect([badData.status, badData.body.error.code]).toEqual([400, 'PRINT_TEMPLATE_INVALID']);
    expect(badData.body.error.details.map((d: { path: string }) => d.path)).toEqual(['orderNumber', 'createdAt']);
    // USB enumeration may be impossible (containers): that is an answer, never a 500.
    const usb = await api.call('GET', '/printers/usb-detect');
    expect(usb.status).toBe(200);
    expect(Array.isArray(usb.body.data.matches)).toBe(true);
    expect(usb.body.data.error === null || typeof usb.body.data.error === 'string').toBe(true);
    const models = (await api.call('GET', '/printer-profiles')).body.data as { id: string; transports: string[] }[];
    expect(models.find((m) => m.id === 'epson-tm-t20')?.transports).toContain('tcp');
    expect(models.some((m) => m.id === 'toledo-prix-6')).toBe(false);
    const daruma = await api.call('PUT', '/printers/d', { name: 'd', profileId: 'daruma-fs800', connection: { type: 'usb' } });
    expect(daruma.body.error.code).toBe('PRINTER_TRANSPORT_NOT_SUPPORTED');
  });

  it('demo mode (npm start) prints to a virtual TCP printer and leaves receipts as PNG and text', async () => {
    const app = await startTestAppliance([createPrintingModule({ retry: fastRetry })], { env: { CHEFIA_DEMO: '1' } });
    cleanups.push(() => app.close());
    const api = client(app);
    expect((await api.call('GET', '/printers')).body.data.map((p: { id: string }) => p.id)).toEqual(['caixa-1']);
    await api.call('POST', '/print-jobs', { printerId: 'caixa-1', kind: 'receipt', payload: { template: 'customer_receipt', data: sampleReceipt } });
    await api.waitUntil(allDone(1));
    const receipts = join(app.dataDir, 'receipts');
    expect(readFileSync(join(receipts, 'job-0001.txt'), 'utf8')).toContain('CUPOM NÃO FISCAL');
    expect(existsSync(join(receipts, 'job-0001.png'))).toBe(true);
  });
});
