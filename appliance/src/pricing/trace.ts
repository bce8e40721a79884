import type { PricingRule } from './rules.js';

/**
 * Why a rule did or did not change a line. Applied: MARKUP (the channel's markup), BEST_DISCOUNT
 * (the largest line discount), COMBO (a share of a combo discount). Not applied: OTHER_CHANNEL,
 * OUTSIDE_WINDOW (a happy hour at another time), NOT_TARGETED (another product or category),
 * NO_DISCOUNT (targeted but worth nothing here, e.g. buy 2 get 1 on one unit), BEATEN (another
 * rule gave more, `beatenBy`), INCOMPLETE_COMBO (not every product of the combo in the order),
 * UNITS_ALREADY_DISCOUNTED (a line rule took these units first).
 */
export const RULE_TRACE_REASONS = [
  'MARKUP',
  'BEST_DISCOUNT',
  'COMBO',
  'OTHER_CHANNEL',
  'OUTSIDE_WINDOW',
  'NOT_TARGETED',
  'NO_DISCOUNT',
  'BEATEN',
  'INCOMPLETE_COMBO',
  'UNITS_ALREADY_DISCOUNTED',
] as const;
export type RuleTraceReason = (typeof RULE_TRACE_REASONS)[number];

/** One rule's verdict on one line, in the order the engine considered it. */
export interface RuleTraceStep {
  ruleId: string;
  kind: PricingRule['kind'];
  applied: boolean;
  reason: RuleTraceReason;
  /** Applied: what it added (markup) or took off (discount). BEATEN: what it would have taken off. Otherwise 0. */
  amountCents: number;
  /** BEATEN: the rule that won instead. */
  beatenBy?: string;
}

export const traceStep = (rule: PricingRule, reason: RuleTraceReason, amountCents = 0, beatenBy?: string): RuleTraceStep => ({
  ruleId: rule.id,
  kind: rule.kind,
  applied: reason === 'MARKUP' || reason === 'BEST_DISCOUNT' || reason === 'COMBO',
  reason,
  amountCents,
  ...(beatenBy === undefined ? {} : { beatenBy }),
});
