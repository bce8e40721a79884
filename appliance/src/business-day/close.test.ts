import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { backupDatabase, listBackups } from './backup.js';
import { beginBusinessDayClose, businessDayModule, buildZReport, finishBusinessDayClose, openBusinessDay, zReportText } from './index.js';

const actor = { type: 'user' as const, id: 'manager-1', role: 'MANAGER' };

describe('business day close', () => {
  let app: TestAppliance;
  let auth: string;

  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule]);
    auth = app.bearer(['reports.read', 'business_day.read']);
  });
  afterAll(() => app.close());

  it('names every blocker, then closes through CLOSING with the report journaled', async () => {
    const day = await app.ctx.commands.run('open', (tx) => openBusinessDay(tx, { timeZone: 'America/Sao_Paulo' }), { actor });
    const blockers = { openCashierSessions: [{ sessionId: 's1', terminalId: 'POS-1', operatorId: 'op-1' }], openOrders: [{ orderId: 'o1', number: 7, status: 'READY' }] };
    await expect(app.ctx.commands.run('begin', (tx) => beginBusinessDayClose(tx, blockers), { actor })).rejects.toMatchObject({ code: 'BUSINESS_DAY_CLOSE_BLOCKED', status: 422, details: blockers });
    const early = await fetch(`${app.baseUrl}/api/v1/business-days/${day.id}/report`, { headers: { authorization: auth } });
    expect([early.status, (await early.json()).error.code]).toEqual([422, 'BUSINESS_DAY_REPORT_NOT_READY']);

    await app.ctx.commands.run('begin', (tx) => beginBusinessDayClose(tx, { openCashierSessions: [], openOrders: [] }), { actor });
    const current = await fetch(`${app.baseUrl}/api/v1/business-days/current`, { headers: { authorization: auth } });
    expect(current.status).toBe(404); // CLOSING takes no sales
    const report = buildZReport({
      businessDayId: day.id,
      date: day.date,
      // The hour rows run from the opening hour (09h here), whatever the hour the test runs at.
      openedAt: '2026-11-23T12:00:00.000Z',
      closedAt: '2026-11-23T23:00:00.000Z',
      timeZone: 'America/Sao_Paulo',
      payments: [
        { method: 'CASH', amountCents: 3790, changeCents: 1210, operatorId: 'op-1', capturedAt: '2026-11-23T15:10:00.000Z' },
        { method: 'PIX', amountCents: 1001, changeCents: 0, operatorId: 'op-2', capturedAt: '2026-11-23T16:59:59.000Z' },
        { method: 'CASH', amountCents: 99, changeCents: 0, operatorId: 'op-2', capturedAt: '2026-11-23T17:00:00.000Z' },
      ],
      refunds: [{ method: 'PIX', amountCents: 1001, operatorId: 'op-2' }],
      orders: [
        { channel: 'COUNTER', status: 'COMPLETED', subtotalCents: 4000, discountCents: 210, deliveryFeeCents: 0, totalCents: 3790, items: [{ productId: 'p1', name: 'Pizza', categoryId: 'c1', quantity: 1, unit: 'UNIT', totalCents: 3790, cancelled: false }] },
        { channel: 'TAKEOUT', status: 'COMPLETED', subtotalCents: 1100, discountCents: 0, deliveryFeeCents: 0, totalCents: 1100, items: [{ productId: 'p2', name: 'Suco', categoryId: 'c2', quantity: 2, unit: 'UNIT', totalCents: 1100, cancelled: false }] },
        { channel: 'COUNTER', status: 'CANCELLED', subtotalCents: 500, discountCents: 0, deliveryFeeCents: 0, totalCents: 500, items: [] },
      ],
      cashierCloses: [],
    });
    expect(report.payments).toMatchObject({ count: 3, capturedCents: 4890, changeCents: 1210, refundedCents: 1001, netCents: 3889 });
    expect(report.payments.byMethod).toEqual([
      { method: 'CASH', count: 2, capturedCents: 3889, refundedCents: 0, netCents: 3889 },
      { method: 'PIX', count: 1, capturedCents: 1001, refundedCents: 1001, netCents: 0 },
    ]);
    expect(report.byHour).toEqual([{ hour: '12', count: 1, amountCents: 3790 }, { hour: '13', count: 1, amountCents: 1001 }, { hour: '14', count: 1, amountCents: 99 }]);
    expect(report.sales).toEqual({ ordersCount: 2, grossCents: 5100, discountCents: 210, deliveryFeeCents: 0, netCents: 4890 });
    expect(report.cancellations).toEqual({ count: 1, amountCents: 500 });
    expect(report.byProduct.map((p) => p.productId)).toEqual(['p1', 'p2']);
    const printed = zReportText(report, 'Loja Centro', 'America/Sao_Paulo');
    await app.ctx.commands.run('finish', (tx) => finishBusinessDayClose(tx, day.id, report, printed), { actor });
    const fetched = await (await fetch(`${app.baseUrl}/api/v1/business-days/${day.id}/report`, { headers: { authorization: auth } })).json();
    expect(fetched.data.report).toEqual(report);
    // Read again, the Z is the paper the close printed (its store name included), not a new rendering.
    expect(fetched.data.text).toBe(printed);
    expect(fetched.data.text.split('\n').every((l: string) => l.length <= 48)).toBe(true);
    expect(fetched.data.text).toContain('R$ 48,90');
    const journal = app.ctx.journal.readAfter(0);
    expect(journal.map((e) => e.type)).toEqual(['business_day.opened', 'business_day.closing', 'business_day.closed']);
    expect(journal[2].payload).toEqual({ businessDayId: day.id, date: day.date, report, text: printed });
  });

  it('backs the database up online and keeps only the newest copies', async () => {
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await backupDatabase(app.ctx.db, app.dataDir, `2026-11-2${i}`, 2, () => app.ctx.commands.durable()));
    const files = readdirSync(join(app.dataDir, 'backups')).sort();
    expect(files).toHaveLength(2);
    expect(files).toEqual(results.slice(2).map((r) => r.file.split('/').at(-1)).sort());
    expect(results[3].removed).toHaveLength(1);
    expect(results[3].bytes).toBeGreaterThan(0);
  });

  it('publishes a backup, and removes older ones, only once what it copied is on stable storage', async () => {
    const dir = join(app.dataDir, 'backups');
    const before = readdirSync(dir).sort();
    let onStorage!: () => void;
    // The store's fsync held: the copy may hold commits a power cut could still take back.
    const backingUp = backupDatabase(app.ctx.db, app.dataDir, 'held', 1, () => new Promise<void>((resolve) => (onStorage = resolve)));
    while (!onStorage) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(readdirSync(dir).filter((name) => !name.endsWith('.partial')).sort()).toEqual(before);
    expect(listBackups(app.dataDir).map((b) => b.name).sort()).toEqual(before);
    onStorage();
    const backup = await backingUp;
    expect(readdirSync(dir)).toEqual([backup.file.split('/').at(-1)]);
    expect(backup.removed.sort()).toEqual(before);
  });
});
