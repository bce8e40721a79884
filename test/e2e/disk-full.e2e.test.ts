import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/** Writes zeros into `file` until the file system refuses (ENOSPC), ending with 512-byte writes. */
function fillFileSystem(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1024 * 1024, 4096, 512]) {
      const chunk = Buffer.alloc(size);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The data dir lives on its own small tmpfs (mounting needs root, as on the store's OS image and in
 * CI), filled to the last byte while the appliance runs.
 */
describe('a full disk (built appliance on a filled tmpfs)', () => {
  const mountPoint = mkdtempSync(join(tmpdir(), 'chefia-disk-full-'));
  const dataDir = join(mountPoint, 'data');
  const filler = join(mountPoint, 'filler');
  const start = () => spawnAppliance({ dataDir, env: { CHEFIA_DEMO: '1', CHEFIA_LOG_LEVEL: 'warn' }, readyTimeoutMs: 100_000 });
  let appliance: ApplianceProcess;
  let till: ApiClient;
  let orderId: string;

  const newOrder = () =>
    till.post('/orders', { channel: 'COUNTER', items: Array.from({ length: 20 }, () => ({ productId: 'prod-fries', quantity: 1, notes: 'bem passada, sem sal, molho à parte' })) });
  const databaseHealth = async () => {
    const res = await fetch(`${appliance.baseUrl}/health`);
    const body = await res.json();
    return { httpStatus: res.status, status: body.data.status as string, database: body.data.checks.database as { status: string; storageFull: boolean } };
  };

  /** SIGTERM, and start again on the same data dir; the till keeps its token (sessions are stored). */
  const restart = async (beforeStart: () => void = () => undefined) => {
    await appliance.kill('SIGTERM');
    beforeStart();
    appliance = await start();
    till = new ApiClient(appliance.baseUrl, till.token);
  };
  const expectFullButReadable = async () => {
    expect((await databaseHealth()).database).toMatchObject({ status: 'degraded', storageFull: true });
    const read = await till.get(`/orders/${orderId}`);
    expect(read.status).toBe(200);
    expect(read.body.data.id).toBe(orderId);
    const refused = await newOrder();
    expect(refused.status).toBe(507);
    expect(refused.body.error.code).toBe('STORAGE_FULL');
  };

  beforeAll(async () => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m,mode=0700', 'tmpfs', mountPoint]);
    appliance = await start();
    till = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
    const created = await newOrder();
    expect(created.status).toBe(201);
    orderId = created.body.data.id;
    expect((await till.post(`/orders/${orderId}/confirm`)).status).toBe(200);
  });
  afterAll(async () => {
    await appliance?.kill('SIGKILL');
    execFileSync('umount', [mountPoint]);
    rmdirSync(mountPoint);
  });

  it('writes get STORAGE_FULL (507), /health reports the database degraded, reads still answer', async () => {
    fillFileSystem(filler);
    const statuses: number[] = [];
    let refusal: { code: string; message: string } | null = null;
    // Writes may still fit in WAL pages already allocated; the first one that needs a new page is refused.
    while (!refusal && statuses.length < 200) {
      const res = await newOrder();
      statuses.push(res.status);
      if (res.status === 507) refusal = res.body.error;
    }
    expect(statuses.filter((s) => s !== 201 && s !== 507)).toEqual([]);
    expect(refusal?.code).toBe('STORAGE_FULL');
    expect(refusal?.message).toMatch(/armazenamento/i);

    expect(await databaseHealth()).toMatchObject({ httpStatus: 200, status: 'degraded', database: { status: 'degraded', storageFull: true } });
    const read = await till.get(`/orders/${orderId}`);
    expect(read.status).toBe(200);
    expect(read.body.data.status).toBe('CONFIRMED');
  }, 60_000);

  it('a restart while the disk is still full starts, serves reads and refuses writes; freeing space lets writes through again', async () => {
    await restart();
    await expectFullButReadable();

    rmSync(filler);
    expect((await newOrder()).status).toBe(201);
    expect((await databaseHealth()).database).toMatchObject({ storageFull: false });
    // Modules whose start-up writes were refused (which ones depends on the WAL pages left) finish at the next start.
    await restart();
    expect((await databaseHealth()).database).toMatchObject({ status: 'ok', storageFull: false });
    expect((await till.get(`/orders/${orderId}`)).status).toBe(200);
  }, 90_000);

  it('a store stopped cleanly whose disk filled while it was off (no WAL index file to create) still starts and serves reads', async () => {
    await restart(() => fillFileSystem(filler));
    await expectFullButReadable();
    rmSync(filler);
    expect((await newOrder()).status).toBe(201);
  }, 90_000);
});
