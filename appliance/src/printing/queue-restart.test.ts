import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPrintingModule, drawerKickJob, enqueuePrintJob } from './index.js';

describe('service dashboard restarts (kernel route), on the print queue', () => {
  const printing = createPrintingModule();
  let app: TestAppliance;
  const call = async (method: string, body?: unknown, permissions = ['service.restart']) => {
    const res = await app.ctx.root.request('/api/v1/service/restarts', {
      method,
      headers: { 'content-type': 'application/json', authorization: app.bearer(permissions, { id: 'user-gerente', role: 'MANAGER' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    app = await startTestAppliance([printing]);
  });
  afterAll(() => app.close());

  it('lists the running subsystems, restarts the print queue with a new worker, and journals who asked first', async () => {
    expect((await call('GET')).body.data).toEqual({ subsystems: ['print-queue'], appliance: false });
    const before = printing.worker;
    const res = await call('POST', { target: 'print-queue' });
    expect([res.status, res.body.data]).toEqual([200, { target: 'print-queue', restarting: false }]);
    expect(printing.worker).not.toBe(before);
    await printing.worker!.idle();
    const restarts = app.ctx.journal.readAfter(0).filter((e) => e.type === 'system.restart_requested');
    expect(restarts.map((e) => [e.aggregateId, e.payload, e.actor?.id])).toEqual([['print-queue', { target: 'print-queue' }, 'user-gerente']]);
  });

  it('refuses a subsystem not running here, the whole appliance where the host cannot restart it, bad targets and callers without service.restart', async () => {
    const replication = await call('POST', { target: 'replication' });
    expect([replication.status, replication.body.error.code]).toEqual([404, 'SERVICE_SUBSYSTEM_NOT_RUNNING']);
    const whole = await call('POST', { target: 'appliance' });
    expect([whole.status, whole.body.error.code, whole.body.error.message]).toEqual([503, 'RESTART_NOT_SUPPORTED', 'Este appliance não consegue reiniciar sozinho: reinicie o serviço para concluir.']);
    expect((await call('POST', { target: 'database' })).status).toBe(400);
    expect((await call('POST', { target: 'print-queue' }, ['logs.read'])).status).toBe(403);
    expect(app.ctx.journal.readAfter(0).filter((e) => e.type === 'system.restart_requested')).toHaveLength(1);
  });
});

/**
 * A cashier's drawer pulse queued while the print queue restarts (the till's printer still busy with
 * a long receipt) opens the drawer once the queue is back, moments later; one queued long before
 * the restart opens nothing, with nobody at the till by then.
 */
describe('a drawer pulse waiting while the print queue restarts', () => {
  const printing = createPrintingModule();
  // A slow mechanism: a long receipt keeps the printer busy while the restart is asked for.
  const tillPrinter = new VirtualPrinterServer({ bytesPerSecond: 4_000 });
  let app: TestAppliance;
  let offsetMs = 0;
  const restart = async () => {
    const res = await app.ctx.root.request('/api/v1/service/restarts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['service.restart'], { id: 'user-gerente', role: 'MANAGER' }) },
      body: JSON.stringify({ target: 'print-queue' }),
    });
    expect(res.status).toBe(200);
  };
  const jobRow = (id: string) => app.ctx.db.prepare('SELECT status, last_error_code FROM print_jobs WHERE id = ?').get(id) as { status: string; last_error_code: string | null };
  const pulses = () => tillPrinter.jobs.filter((job) => job.text.includes('[DRAWER]')).length;
  /** A long receipt being sent, and a drawer pulse queued behind it on the same printer. */
  const pulseBehindLongReceipt = async () => {
    const receipt = { columns: 48, ops: Array.from({ length: 60 }, () => ({ op: 'text' as const, text: 'Item de teste com descricao longa........ 9,99\n' })) };
    const receiptId = await app.ctx.commands.run('test.receipt', (tx) => enqueuePrintJob(tx, { printerId: 'caixa', kind: 'manual', payload: { document: receipt } }).id);
    await waitUntil('the receipt on its way to the printer', async () => printing.worker!.printingJobIds(), (ids) => ids.includes(receiptId));
    const pulseId = await app.ctx.commands.run('test.pulse', (tx) => enqueuePrintJob(tx, { printerId: 'caixa', ...drawerKickJob() }).id);
    return { receiptId, pulseId };
  };

  beforeAll(async () => {
    await tillPrinter.start();
    app = await startTestAppliance([printing], { clock: { now: () => new Date(Date.now() + offsetMs) } });
    const saved = await app.ctx.root.request('/api/v1/printers/caixa', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['printing.manage']) },
      body: JSON.stringify({ name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: tillPrinter.port } }),
    });
    expect(saved.status).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await tillPrinter.stop();
  });

  it('opens the drawer after the restart for a pulse queued seconds before it', async () => {
    const { receiptId, pulseId } = await pulseBehindLongReceipt();
    await restart();
    await printing.worker!.idle();
    await waitUntil('the pulse sent', async () => jobRow(pulseId), (row) => row.status !== 'QUEUED');
    expect(jobRow(receiptId).status).toBe('DONE');
    expect(jobRow(pulseId)).toEqual({ status: 'DONE', last_error_code: null });
    await waitUntil('the drawer opened', async () => pulses(), (n) => n === 1);
  });

  it('opens nothing for a pulse queued long before the restart', async () => {
    const opened = pulses();
    const { pulseId } = await pulseBehindLongReceipt();
    // The restart comes ten minutes after the pulse was queued (the receipt printing all along).
    offsetMs += 10 * 60_000;
    await restart();
    await printing.worker!.idle();
    expect(jobRow(pulseId)).toEqual({ status: 'FAILED', last_error_code: 'PRINT_DRAWER_KICK_STALE' });
    expect(pulses()).toBe(opened);
  });
});
