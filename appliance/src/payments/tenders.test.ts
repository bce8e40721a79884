import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDayModule, findOpenBusinessDay, openBusinessDay } from '../business-day/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/virtual-provider.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { authorizeCard, cardDetails, settleCard } from './card-flow.js';
import { centsToDecimal, decimalToCents, stringifyWithDecimals, DecimalLiteral } from './decimal.js';
import { captureTender, createPaymentsModule, listPaymentsOfOrder, markOrderSettled, orderBalance, recordRefund, VirtualFiscalEmission } from './index.js';

const actor = { type: 'user' as const, id: 'cashier-1', role: 'CASHIER' };

describe('tenders', () => {
  let app: TestAppliance;
  let day: { id: string; date: string };
  const fiscal = new VirtualFiscalEmission();
  const network = new VirtualCardNetwork();
  let n = 0;

  beforeAll(async () => {
    app = await startTestAppliance([businessDayModule, createPaymentsModule({ pixGateways: [], fiscal, card: new VirtualCardProvider(network) })]);
    await app.ctx.commands.run('open', (tx) => openBusinessDay(tx, { timeZone: app.ctx.config.timeZone }), { actor });
    day = findOpenBusinessDay(app.ctx.db)!;
  });
  afterAll(() => app.close());

  const base = (orderId: string, orderTotalCents: number) => ({ orderId, orderTotalCents, businessDayId: day.id, businessDate: day.date });

  it('converts centavos to gateway decimals and back without floating point', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (cents) => {
        expect(decimalToCents(centsToDecimal(cents))).toBe(cents);
        const json = stringifyWithDecimals({ value: DecimalLiteral.ofCents(cents) });
        expect(decimalToCents(JSON.parse(json).value)).toBe(cents);
      }),
    );
    expect(stringifyWithDecimals({ value: DecimalLiteral.ofCents(10090) })).toBe('{"value":100.90}');
    expect(() => decimalToCents('1.005')).toThrow();
  });

  it('the parts of a split bill, across methods and people, always add up to the bill', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 500_000 }),
        fc.array(fc.record({ weight: fc.integer({ min: 1, max: 100 }), method: fc.constantFrom('CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'OTHER') as fc.Arbitrary<'CASH'> }), { minLength: 1, maxLength: 6 }),
        async (total, parts) => {
          const orderId = `split-${++n}`;
          const weights = parts.reduce((s, p) => s + p.weight, 0);
          // Integer shares, the last one takes the rounding remainder.
          let assigned = 0;
          const shares = parts.map((p, i) => {
            const share = i === parts.length - 1 ? total - assigned : Math.floor((total * p.weight) / weights);
            assigned += share;
            return share;
          });
          const outcome = await app.ctx.commands.run(
            'split',
            (tx) => {
              shares.forEach((share, i) => {
                if (share > 0) captureTender(tx, { ...base(orderId, total), method: parts[i].method, amountCents: share, provider: 'MANUAL', payerLabel: `Pessoa ${i + 1}` });
              });
              return orderBalance(tx.db, orderId, total);
            },
            { actor },
          );
          const recorded = listPaymentsOfOrder(app.ctx.db, orderId);
          expect(recorded.reduce((s, p) => s + p.amountCents, 0)).toBe(total);
          expect(outcome).toMatchObject({ paidCents: total, remainingCents: 0 });
          await expect(
            app.ctx.commands.run('over', (tx) => captureTender(tx, { ...base(orderId, total), method: 'CASH', amountCents: 1, provider: 'CASH' }), { actor }),
          ).rejects.toMatchObject({ code: 'PAYMENT_ORDER_ALREADY_PAID' });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('computes change for cash and refuses overpaying with other methods', async () => {
    const orderId = `cash-${++n}`;
    const result = await app.ctx.commands.run('cash', (tx) => captureTender(tx, { ...base(orderId, 3790), method: 'CASH', tenderedCents: 5000, provider: 'CASH' }), { actor });
    expect(result.payment).toMatchObject({ amountCents: 3790, tenderedCents: 5000, changeCents: 1210 });
    expect(result.balance.remainingCents).toBe(0);
    const other = `card-${++n}`;
    await expect(
      app.ctx.commands.run('over', (tx) => captureTender(tx, { ...base(other, 1000), method: 'DEBIT', amountCents: 1001, provider: 'MANUAL' }), { actor }),
    ).rejects.toMatchObject({ code: 'PAYMENT_EXCEEDS_BALANCE', status: 422 });
    const event = app.ctx.journal.readAfter(0, 100_000).find((e) => e.type === 'payment.captured' && e.aggregateId === result.payment.id)!;
    expect(event.payload).toMatchObject({ orderId, method: 'CASH', amountCents: 3790, changeCents: 1210, businessDate: day.date });
  });

  it('refunds partially, never beyond what was captured', async () => {
    const orderId = `refund-${++n}`;
    const { payment } = await app.ctx.commands.run('pay', (tx) => captureTender(tx, { ...base(orderId, 2000), method: 'CREDIT', amountCents: 2000, provider: 'MANUAL' }), { actor });
    await app.ctx.commands.run('refund', (tx) => recordRefund(tx, { paymentId: payment.id, amountCents: 1500, businessDate: day.date, reason: 'item frio' }), { actor });
    await expect(
      app.ctx.commands.run('refund', (tx) => recordRefund(tx, { paymentId: payment.id, amountCents: 501, businessDate: day.date }), { actor }),
    ).rejects.toMatchObject({ code: 'PAYMENT_REFUND_EXCEEDS' });
    const refunded = app.ctx.journal
      .readAfter(0, 100_000)
      .filter((e) => e.type === 'payment.refunded')
      .filter((e) => e.aggregateId === payment.id);
    expect(refunded.map((e) => e.payload.amountCents)).toEqual([1500]);
  });

  it('takes a card through the TEF port: authorize, commit, confirm; a decline records nothing', async () => {
    const { card } = { card: new VirtualCardProvider(network) };
    const orderId = `tef-${++n}`;
    const auth = await authorizeCard(card, 'CREDIT', 4500);
    await app.ctx.commands.run('card', (tx) => captureTender(tx, { ...base(orderId, 4500), paymentId: auth.paymentId, method: 'CREDIT', amountCents: 4500, provider: 'TEF', providerRef: auth.result.nsu, details: cardDetails(auth) }), { actor });
    await settleCard(card, auth, true);
    expect(network.states.get(auth.paymentId)).toBe('CONFIRMED');
    network.scenario = 'decline';
    await expect(authorizeCard(card, 'DEBIT', 100)).rejects.toMatchObject({ code: 'PAYMENT_CARD_DECLINED' });
    network.scenario = 'partial';
    await expect(authorizeCard(card, 'DEBIT', 100)).rejects.toMatchObject({ code: 'PAYMENT_CARD_PARTIAL' });
    network.scenario = 'approve';
    expect([...network.pending.keys()]).toEqual([]);
  });

  it('hands a settled order to the fiscal port once, through the journal', async () => {
    const orderId = `fiscal-${++n}`;
    await app.ctx.commands.run('pay', (tx) => {
      captureTender(tx, { ...base(orderId, 1000), method: 'PIX', amountCents: 1000, provider: 'MANUAL' });
      expect(markOrderSettled(tx, orderId, 1000, day.date)).toBe(true);
      expect(markOrderSettled(tx, orderId, 1000, day.date)).toBe(false);
    }, { actor });
    for (let i = 0; i < 50 && !fiscal.requests.has(orderId); i++) await new Promise((r) => setTimeout(r, 20));
    expect(fiscal.requests.get(orderId)).toEqual({ orderId, businessDate: day.date, totalCents: 1000, payments: [{ method: 'PIX', amountCents: 1000, changeCents: 0 }], settledAt: expect.any(String) });
  });
});
