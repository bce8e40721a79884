import type { z } from 'zod';
import { pricingRuleSchema, ruleTarget } from '../../contract/events/pricing.js';

/** The rule shape is the journal contract's (`pricing.rule_upserted` carries it). */
export { pricingRuleSchema, ruleTarget };

export type PricingRule = z.infer<typeof pricingRuleSchema>;
export type RuleTarget = z.infer<typeof ruleTarget>;
export type LineRule = Extract<PricingRule, { kind: 'HAPPY_HOUR' | 'PERCENT_OFF' | 'FIXED_OFF' | 'BUY_X_GET_Y' }>;

/** Tie-break when two line rules give the same discount: earlier kind wins, then the smaller id. */
export const LINE_RULE_PRECEDENCE: readonly LineRule['kind'][] = ['HAPPY_HOUR', 'PERCENT_OFF', 'FIXED_OFF', 'BUY_X_GET_Y'];

export function ruleLabel(rule: PricingRule): string {
  return `${rule.kind}:${rule.id}`;
}
