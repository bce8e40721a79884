import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule, readCashierLimits } from '../cashier/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { loadActivePricingRules, pricingModule } from '../pricing/index.js';
import { createHqConfigurationApplier } from './hq-configuration.js';
import { readReceiptTexts } from './receipt-texts.js';

describe('HQ configuration pushes applied at the store', () => {
  let app: TestAppliance;
  const applier = createHqConfigurationApplier('loja-1');
  let cursor = 0;
  const push = (key: string, value: unknown) => {
    cursor += 1;
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'configuration.changed', payload: { key, value }, createdAt: new Date().toISOString() };
    return app.ctx.commands.run('test.downstream', (tx) => ({ outcome: applier.apply(tx, message), messageId: message.id }));
  };
  const eventsOf = (messageId: string) =>
    (app.ctx.db.prepare("SELECT type, payload FROM journal WHERE payload LIKE '%' || ? || '%' ORDER BY seq").all(messageId) as { type: string; payload: string }[]).map((e) => ({
      type: e.type,
      payload: JSON.parse(e.payload),
    }));

  beforeAll(async () => {
    app = await startTestAppliance([pricingModule, cashierModule]);
  });
  afterAll(() => app.close());

  it('upserts a happy-hour rule and a promotion, each journaled with the pricing event and configuration.changed', async () => {
    const happyHour = { id: 'hq-happy-hour', kind: 'HAPPY_HOUR', weekdays: [0, 1, 2, 3, 4, 5, 6], from: '18:00', to: '20:00', percentOffBp: 2000, target: { categoryIds: ['cat-drinks'] } };
    const { outcome, messageId } = await push('pricing.rule', happyHour);
    expect(outcome).toBe('applied');
    expect(eventsOf(messageId)).toEqual([{ type: 'configuration.changed', payload: { key: 'pricing.rule', value: happyHour, messageId } }]);
    const promotion = { id: 'hq-promo-fries', kind: 'PERCENT_OFF', percentOffBp: 1000, target: { productIds: ['prod-fries'] }, active: false };
    expect((await push('pricing.rule', promotion)).outcome).toBe('applied');
    expect(loadActivePricingRules(app.ctx.db).map((r) => r.id)).toEqual(['hq-happy-hour']);
    const upserted = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'pricing.rule_upserted' ORDER BY seq").pluck().all() as string[];
    expect(upserted.map((p) => JSON.parse(p))).toEqual([
      { rule: happyHour, active: true },
      { rule: { id: 'hq-promo-fries', kind: 'PERCENT_OFF', percentOffBp: 1000, target: { productIds: ['prod-fries'] } }, active: false },
    ]);
  });

  it('sets the receipt header and footer, and the cashier limits through the cashier settings', async () => {
    expect((await push('receipt.header', ['Rede Chefia', 'Unidade Centro'])).outcome).toBe('applied');
    expect((await push('receipt.footer', ['Volte sempre!'])).outcome).toBe('applied');
    expect(readReceiptTexts(app.ctx.db)).toEqual({ headerLines: ['Rede Chefia', 'Unidade Centro'], footerLines: ['Volte sempre!'] });
    const before = readCashierLimits(app.ctx.db);
    const { outcome, messageId } = await push('cashier.limits', { withdrawalOverrideAboveCents: 30_000 });
    expect(outcome).toBe('applied');
    expect(readCashierLimits(app.ctx.db)).toEqual({ ...before, withdrawalOverrideAboveCents: 30_000 });
    const changed = app.ctx.db.prepare("SELECT aggregate_id, payload FROM journal WHERE type = 'cashier.limits_changed'").get() as { aggregate_id: string; payload: string };
    expect(changed.aggregate_id).toBe('loja-1');
    expect(JSON.parse(changed.payload).limits.withdrawalOverrideAboveCents).toBe(30_000);
    expect(eventsOf(messageId).map((e) => e.type)).toEqual(['configuration.changed']);
  });

  it('rejects an unknown key or an invalid value without changing anything, and journals why', async () => {
    const limits = readCashierLimits(app.ctx.db);
    const negative = await push('cashier.limits', { withdrawalOverrideAboveCents: -1 });
    expect(negative.outcome).toBe('ignored');
    expect(readCashierLimits(app.ctx.db)).toEqual(limits);
    expect(eventsOf(negative.messageId)).toEqual([
      { type: 'configuration.rejected', payload: expect.objectContaining({ key: 'cashier.limits', messageId: negative.messageId, reason: 'INVALID_VALUE' }) },
    ]);
    const badRule = await push('pricing.rule', { id: 'hq-bad', kind: 'HAPPY_HOUR', weekdays: [9], from: '25:00', to: '20:00', percentOffBp: 2000 });
    expect(badRule.outcome).toBe('ignored');
    expect(loadActivePricingRules(app.ctx.db).map((r) => r.id)).toEqual(['hq-happy-hour']);
    const unknown = await push('store.wifi_password', 'segredo');
    expect(eventsOf(unknown.messageId)).toEqual([
      { type: 'configuration.rejected', payload: { key: 'store.wifi_password', messageId: unknown.messageId, reason: 'UNKNOWN_KEY', detail: null } },
    ]);
  });

  /**
   * A receipt line is printed as it is: a line holding `ESC p 0 …` would kick the cash drawer open on
   * every receipt, `GS V` cut the paper, a right-to-left override make the line read otherwise. The
   * push is refused (`configuration.rejected`), the store's receipt lines unchanged.
   */
  it('refuses a pushed receipt line carrying printer control bytes or a bidirectional override', async () => {
    expect((await push('receipt.header', ['Rede Chefia'])).outcome).toBe('applied');
    const before = readReceiptTexts(app.ctx.db);
    const hostile: [string, string[] | string][] = [
      ['receipt.header', ['Rede Chefia', 'Bem-vindo\u001bp0\u0019\u00fa']], // ESC p: drawer kick
      ['receipt.footer', 'Volte sempre!\u001dV\u0001'], // GS V: paper cut
      ['receipt.header', ['Pizza R$ \u202e00,01']], // right-to-left override
    ];
    for (const [key, value] of hostile) {
      const { outcome, messageId } = await push(key, value);
      expect({ key, value, outcome }).toEqual({ key, value, outcome: 'ignored' });
      expect(eventsOf(messageId).map((event) => event.type)).toEqual(['configuration.rejected']);
    }
    expect(readReceiptTexts(app.ctx.db)).toEqual(before);
  });
});
