import type { ApplianceModule } from '../kernel/module.js';
import { pricingMigrations } from './migrations.js';
import { registerPricingRoutes } from './routes.js';
import { upsertPricingRule } from './store.js';

export { compositePriceCents, startedTimeBlocks, weightPriceCents, type CompositePriceRule } from './base-price.js';
export { crossLineRuleIds, discountsAfterCancel, priceLines, tracePricing, type LoweredDiscount, type PricedLine, type PricingContext, type PricingLine, type SentLine, type TracedLine } from './engine.js';
export { isInWindow } from './happy-hour.js';
export { allocateProportionally, divRoundHalfUp, percentOf } from './rounding.js';
export { pricingRuleSchema, type PricingRule } from './rules.js';
export { loadActivePricingRules, loadPricingRules, upsertPricingRule } from './store.js';
export { RULE_TRACE_REASONS, type RuleTraceReason, type RuleTraceStep } from './trace.js';

export const pricingModule: ApplianceModule = {
  name: 'pricing',
  migrations: pricingMigrations,
  messages: { 'pt-BR': { PRICING_RULE_NOT_FOUND: 'Regra de preço não encontrada.' } },
  register: registerPricingRoutes,
  async seedDemo(ctx) {
    await ctx.commands.run(
      'pricing.seed_demo',
      (tx) => {
        upsertPricingRule(tx, { id: 'delivery-markup', kind: 'CHANNEL_MARKUP', channel: 'DELIVERY', percentBp: 1500 });
        upsertPricingRule(tx, {
          id: 'happy-hour-drinks',
          kind: 'HAPPY_HOUR',
          weekdays: [1, 2, 3, 4, 5],
          from: '17:00',
          to: '19:00',
          percentOffBp: 3000,
          target: { categoryIds: ['cat-drinks'] },
        });
        upsertPricingRule(tx, {
          id: 'burger-fries-combo',
          kind: 'COMBO_DISCOUNT',
          productIds: ['prod-classic-burger', 'prod-fries'],
          amountOffCents: 500,
        });
      },
      { actor: { type: 'system', id: 'demo-seed' } },
    );
  },
};
