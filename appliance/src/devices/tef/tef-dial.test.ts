import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFields } from './dial-files.js';
import { encodeFields, F, fieldsOf, withReceipt } from './fields.js';
import { TefManagerSimulator } from './simulator.js';
import { TefDialAdmin } from './tef-dial-admin.js';
import { TefDialProvider } from './tef-dial-provider.js';

describe('TEF Dial protocol details', () => {
  let root: string;
  let dirs: { reqDir: string; respDir: string };
  let simulator: TefManagerSimulator | undefined;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'chefia-tef-'));
    dirs = { reqDir: join(root, 'req'), respDir: join(root, 'resp') };
  });
  afterEach(async () => {
    await simulator?.stop();
    simulator = undefined;
    await rm(root, { recursive: true, force: true });
  });

  const provider = (extra: Partial<ConstructorParameters<typeof TefDialProvider>[0]> = {}) =>
    new TefDialProvider({ ...dirs, dataDir: join(root, 'data'), pollIntervalMs: 10, responseTimeoutMs: 2_000, ...extra });

  async function startSimulator(): Promise<TefManagerSimulator> {
    simulator = new TefManagerSimulator(dirs, 10);
    await simulator.start();
    return simulator;
  }

  it('reports TIMEOUT / MANAGER_INACTIVE when no intpos.sts arrives, and takes the request back', async () => {
    const result = await provider({ statusTimeoutMs: 300 }).authorize({ transactionId: randomUUID(), amountCents: 1_000, method: 'CREDIT' });
    expect(result).toMatchObject({ status: 'TIMEOUT', timeoutCause: 'MANAGER_INACTIVE', approvedAmountCents: 0 });
    expect(await readdir(dirs.reqDir)).toEqual([]);
    expect(await readdir(join(root, 'data')).catch(() => [])).toEqual([]);
  });

  it('writes the CRT request the way a TEF manager reads it and parses its answer', async () => {
    // A hand-driven manager, independent of the simulator, checks the bytes on disk.
    const transactionId = randomUUID();
    const pending = provider().authorize({ transactionId, amountCents: 12_345, method: 'CREDIT', installments: 3 });
    const requestPath = join(dirs.reqDir, 'intpos.001');
    let request = await readFields(requestPath);
    while (!request?.has(F.end)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      request = await readFields(requestPath);
    }
    expect(await readdir(dirs.reqDir)).toEqual(['intpos.001']);
    expect(Object.fromEntries(request)).toMatchObject({ '000-000': 'CRT', '003-000': '12345', '011-000': '11', '018-000': '3', '999-999': '0' });
    const id = request.get(F.id) ?? '';
    expect(id).toMatch(/^\d{1,10}$/);
    await rm(requestPath);
    await writeFile(join(dirs.respDir, 'intpos.sts'), encodeFields(fieldsOf([[F.command, 'CRT'], [F.id, id]])));
    const response = withReceipt(
      fieldsOf([[F.command, 'CRT'], [F.id, id], [F.status, '0'], [F.amount, 12_345], [F.network, 'CIELO'], [F.nsu, '987654'],
        [F.authorizationCode, 'AB1234'], [F.installments, 3], [F.finalization, 'X1'], [F.operatorMessage, 'APROVADA']]),
      ['VIA CLIENTE', 'PARCELADO 3X'],
    );
    await writeFile(join(dirs.respDir, 'intpos.tmp'), encodeFields(response));
    await rename(join(dirs.respDir, 'intpos.tmp'), join(dirs.respDir, 'intpos.001'));
    const result = await pending;
    expect(result).toMatchObject({ status: 'APPROVED', nsu: '987654', authorizationCode: 'AB1234', network: 'CIELO', installments: 3 });
    expect(result.receiptLines).toEqual(['VIA CLIENTE', 'PARCELADO 3X']);
    // The approval is on disk before authorize returned, and the response file is consumed.
    expect(await readdir(join(root, 'data', 'tef-pending'))).toEqual([`${transactionId}.json`]);
    expect(await readdir(dirs.respDir)).toEqual([]);
  });

  it('undoes an approval the manager wrote but the appliance never recorded (crash before persisting)', async () => {
    const manager = await startSimulator();
    // The crashed POS had written its request; the manager approved it after the crash.
    const orphanId = '4242';
    await writeFile(join(dirs.reqDir, 'intpos.tmp'), encodeFields(fieldsOf([[F.command, 'CRT'], [F.id, orphanId], [F.amount, 700]])));
    await rename(join(dirs.reqDir, 'intpos.tmp'), join(dirs.reqDir, 'intpos.001'));
    // The simulator records the approval a moment before its answer file lands; the crash scenario needs both.
    const answerOnDisk = async () => (await readFields(join(dirs.respDir, 'intpos.001')))?.get(F.id) === orphanId;
    while (manager.transaction(orphanId)?.state !== 'PENDING' || !(await answerOnDisk())) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await provider().recoverPending(() => true)).toEqual([]);
    expect(manager.transaction(orphanId)?.state).toBe('UNDONE');
    expect(await readdir(dirs.respDir)).toEqual([]);
  });

  it('withdraws, on recovery, a request a previous run left that the manager never picked up', async () => {
    await writeFile(join(root, 'stale'), encodeFields(fieldsOf([[F.command, 'CRT'], [F.id, '99'], [F.amount, 500]])));
    await mkdir(dirs.reqDir, { recursive: true });
    await rename(join(root, 'stale'), join(dirs.reqDir, 'intpos.001'));
    expect(await provider().recoverPending(() => true)).toEqual([]);
    const manager = await startSimulator();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(manager.transaction('99')).toBeUndefined();
  });

  it('keeps an approval pending when the manager is down at confirmation time, and settles it later', async () => {
    const manager = await startSimulator();
    const transactionId = randomUUID();
    await provider().authorize({ transactionId, amountCents: 1_500, method: 'DEBIT' });
    await manager.stop();
    await expect(provider({ statusTimeoutMs: 200 }).confirm(transactionId)).rejects.toMatchObject({ code: 'TEF_MANAGER_INACTIVE' });
    await manager.start();
    expect(await provider().recoverPending(() => true)).toEqual([{ transactionId, action: 'CONFIRMED' }]);
    expect(manager.byDocument(transactionId)?.state).toBe('CONFIRMED');
  });

  it('takes turns on the single request slot when a sale and administrative commands run at once', async () => {
    const manager = await startSimulator();
    const admin = new TefDialAdmin({ ...dirs, statusTimeoutMs: 2_000, pollIntervalMs: 10 });
    const transactionId = randomUUID();
    const [sale, active, menu] = await Promise.all([
      provider().authorize({ transactionId, amountCents: 3_300, method: 'DEBIT' }),
      admin.isManagerActive(),
      admin.administrative(),
    ]);
    expect(sale).toMatchObject({ status: 'APPROVED', approvedAmountCents: 3_300 });
    expect(active).toBe(true);
    expect(menu).toMatchObject({ approved: true });
    expect(manager.byDocument(transactionId)?.state).toBe('PENDING');
  });

  it('refuses a cancellation of a non-positive amount as a rejected promise with a stable code', async () => {
    const admin = new TefDialAdmin({ ...dirs, statusTimeoutMs: 200, pollIntervalMs: 10 });
    const cancelling = admin.cancel({ nsu: '1', network: 'REDE', amountCents: 0 });
    await expect(cancelling).rejects.toMatchObject({ code: 'CARD_AMOUNT_INVALID' });
  });

  it('ATV tells whether the manager runs; ADM and CNC get answers', async () => {
    const admin = new TefDialAdmin({ ...dirs, statusTimeoutMs: 200, pollIntervalMs: 10 });
    expect(await admin.isManagerActive()).toBe(false);
    const manager = await startSimulator();
    expect(await admin.isManagerActive()).toBe(true);
    expect(await admin.administrative()).toMatchObject({ approved: true, operatorMessage: 'OPERAÇÃO CONCLUÍDA' });
    const transactionId = randomUUID();
    const sale = await provider().authorize({ transactionId, amountCents: 2_000, method: 'CREDIT' });
    await provider().confirm(transactionId);
    await admin.cancel({ nsu: sale.nsu ?? '', network: sale.network ?? '', amountCents: 2_000 });
    expect(manager.byDocument(transactionId)?.state).toBe('CANCELLED');
  });
});
