import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDayModule, findOpenBusinessDay, openBusinessDay } from '../business-day/index.js';
import type { Actor } from '../kernel/journal/event.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { COLUMNS } from './text-layout.js';
import {
  cashierCloseText,
  closeCashierSession,
  cashierModule,
  drawerExpectation,
  findCashierSession,
  openCashierSession,
  recordCashierOperation,
  type OverrideRequest,
} from './index.js';

const METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER'] as const;
// A few payment ids, so that some refunds are of a sale of this drawer and some of another drawer's.
const paymentArb = fc.constantFrom('pay-1', 'pay-2', 'pay-3', 'pay-4');
const opArb = fc.oneof(
  fc.record({ type: fc.constant('SALE' as const), method: fc.constantFrom(...METHODS), amountCents: fc.integer({ min: 1, max: 50_000 }), changeCents: fc.integer({ min: 0, max: 10_000 }), reference: paymentArb }),
  fc.record({ type: fc.constant('REFUND' as const), method: fc.constantFrom(...METHODS), amountCents: fc.integer({ min: 1, max: 30_000 }), changeCents: fc.constant(0), reference: paymentArb }),
  fc.record({ type: fc.constant('WITHDRAWAL' as const), method: fc.constant('CASH' as const), amountCents: fc.integer({ min: 1, max: 60_000 }), changeCents: fc.constant(0) }),
  fc.record({ type: fc.constant('DEPOSIT' as const), method: fc.constant('CASH' as const), amountCents: fc.integer({ min: 1, max: 20_000 }), changeCents: fc.constant(0) }),
);

describe('cashier drawer', () => {
  let app: TestAppliance;
  let dayId: string;
  let n = 0;
  const grantAll: OverrideRequest = () => ({ managerId: 'manager-1', managerName: 'Gerente' });

  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule, cashierModule]);
    await app.ctx.commands.run('open', (tx) => openBusinessDay(tx, { timeZone: 'America/Sao_Paulo' }), { actor: { type: 'user', id: 'boss' } });
    dayId = findOpenBusinessDay(app.ctx.db)!.id;
  });
  afterAll(() => app.close());

  const operator = (): Actor => ({ type: 'user', id: `op-${++n}`, name: `Operador ${n}`, role: 'CASHIER' });

  it('expected drawer = float + cash sales − change − refunds − withdrawals + deposits, for any sequence (card and PIX refunds only of the drawer\'s own sales)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 50_000 }), fc.array(opArb, { maxLength: 25 }), async (float, ops) => {
        const actor = operator();
        const outcome = await app.ctx.commands.run(
          'prop',
          (tx) => {
            const session = openCashierSession(tx, { businessDayId: dayId, terminalId: `t-${actor.id}`, openingFloatCents: float });
            const model: Record<string, number> = Object.fromEntries(METHODS.map((m) => [m, 0]));
            model.CASH = float;
            const soldHere = new Set(ops.filter((op) => op.type === 'SALE').map((op) => op.reference));
            for (const op of ops) {
              const change = op.type === 'SALE' && op.method === 'CASH' && op.changeCents < op.amountCents ? op.changeCents : 0;
              const takesCash = op.method === 'CASH' && (op.type === 'WITHDRAWAL' || op.type === 'REFUND');
              try {
                recordCashierOperation(tx, { sessionId: session.id, ...op, changeCents: change }, grantAll);
              } catch (error) {
                // The only refusal this generator can hit: taking more cash than the drawer holds.
                expect((error as { code: string }).code).toBe('CASHIER_INSUFFICIENT_CASH');
                expect(takesCash && op.amountCents > model.CASH).toBe(true);
                continue;
              }
              if (op.type === 'SALE') model[op.method] += op.amountCents - change;
              else if (op.type === 'REFUND') model[op.method] -= op.method === 'CASH' || soldHere.has(op.reference) ? op.amountCents : 0;
              else if (op.type === 'WITHDRAWAL') model.CASH -= op.amountCents;
              else model.CASH += op.amountCents;
            }
            const expected = drawerExpectation(tx, session);
            const report = closeCashierSession(tx, session.id, expected);
            return { expected, model, report };
          },
          { actor },
        );
        expect(outcome.expected).toEqual(outcome.model);
        expect(outcome.report.status).toBe('BALANCED');
        expect(outcome.report.differenceCents).toBe(0);
        expect(outcome.expected.CASH).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a withdrawal or refund above the limits without a manager and records the manager with one', async () => {
    const actor = operator();
    const session = await app.ctx.commands.run('open', (tx) => openCashierSession(tx, { businessDayId: dayId, terminalId: 'limits', openingFloatCents: 100_000 }), { actor });
    const run = (type: 'WITHDRAWAL' | 'REFUND', amountCents: number, override: OverrideRequest) =>
      app.ctx.commands.run('op', (tx) => recordCashierOperation(tx, { sessionId: session.id, type, method: 'CASH', amountCents }, override), { actor });
    await expect(run('WITHDRAWAL', 20_001, () => null)).rejects.toMatchObject({ code: 'MANAGER_OVERRIDE_REQUIRED', status: 403 });
    await expect(run('REFUND', 10_001, () => null)).rejects.toMatchObject({ code: 'MANAGER_OVERRIDE_REQUIRED', status: 403 });
    // At the limit itself no manager is needed.
    const small = await run('WITHDRAWAL', 20_000, () => null);
    expect(small.managerId).toBeNull();
    const big = await run('WITHDRAWAL', 25_000, grantAll);
    expect(big).toMatchObject({ managerId: 'manager-1', operatorId: actor.id });
    const event = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'cashier.operation_recorded').at(-1)!;
    expect(event.actor).toEqual({ type: 'user', id: actor.id });
    expect(event.payload).toMatchObject({ operatorId: actor.id, authorizedBy: { managerId: 'manager-1' } });
  });

  it('alerts when cash in the drawer passes the limit and closes blind with a printable slip', async () => {
    const actor = operator();
    const session = await app.ctx.commands.run('open', (tx) => openCashierSession(tx, { businessDayId: dayId, terminalId: 'alert', openingFloatCents: 490_000 }), { actor });
    await app.ctx.commands.run('sale', (tx) => recordCashierOperation(tx, { sessionId: session.id, type: 'SALE', method: 'CASH', amountCents: 20_000, changeCents: 5_000 }, () => null), { actor });
    const alerts = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'cashier.drawer_limit_exceeded' && e.aggregateId === session.id);
    expect(alerts.map((e) => e.payload)).toEqual([{ sessionId: session.id, terminalId: 'alert', cashCents: 505_000, limitCents: 500_000 }]);

    const report = await app.ctx.commands.run('close', (tx) => closeCashierSession(tx, session.id, { CASH: 503_000 }), { actor });
    expect(report).toMatchObject({ totalExpectedCents: 505_000, totalCountedCents: 503_000, differenceCents: -2_000, status: 'SHORT', alert: true });
    expect(findCashierSession(app.ctx.db, session.id)!.status).toBe('CLOSED');
    expect(app.ctx.journal.readAfter(0, 100_000).some((e) => e.type === 'cashier.close_difference_alert' && e.aggregateId === session.id)).toBe(true);
    const text = cashierCloseText(report, 'America/Sao_Paulo');
    expect(text.split('\n').every((line) => line.length <= COLUMNS)).toBe(true);
    expect(text).toContain('R$ 5.050,00');
    expect(text).toContain('-R$ 20,00');
    expect(text).toContain('FALTA');
    await expect(
      app.ctx.commands.run('sale', (tx) => recordCashierOperation(tx, { sessionId: session.id, type: 'DEPOSIT', method: 'CASH', amountCents: 1 }, () => null), { actor }),
    ).rejects.toMatchObject({ code: 'CASHIER_SESSION_CLOSED' });
  });

  it('allows one open drawer per terminal and per operator, moved only by its operator', async () => {
    const a = operator();
    const b = operator();
    const session = await app.ctx.commands.run('open', (tx) => openCashierSession(tx, { businessDayId: dayId, terminalId: 'one', openingFloatCents: 0 }), { actor: a });
    await expect(app.ctx.commands.run('open', (tx) => openCashierSession(tx, { businessDayId: dayId, terminalId: 'one', openingFloatCents: 0 }), { actor: b })).rejects.toMatchObject({ code: 'CASHIER_TERMINAL_BUSY' });
    await expect(app.ctx.commands.run('open', (tx) => openCashierSession(tx, { businessDayId: dayId, terminalId: 'two', openingFloatCents: 0 }), { actor: a })).rejects.toMatchObject({ code: 'CASHIER_OPERATOR_BUSY' });
    await expect(
      app.ctx.commands.run('op', (tx) => recordCashierOperation(tx, { sessionId: session.id, type: 'DEPOSIT', method: 'CASH', amountCents: 100 }, () => null), { actor: b }),
    ).rejects.toMatchObject({ code: 'CASHIER_NOT_OWNER', status: 403 });
    await expect(
      app.ctx.commands.run('op', (tx) => recordCashierOperation(tx, { sessionId: session.id, type: 'WITHDRAWAL', method: 'PIX', amountCents: 100 }, () => null), { actor: a }),
    ).rejects.toMatchObject({ code: 'CASHIER_CASH_ONLY' });
  });
});
