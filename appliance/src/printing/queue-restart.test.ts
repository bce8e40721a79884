import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPrintingModule } from './index.js';

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
