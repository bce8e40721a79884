import { weightPriceCents } from './base-price.js';
import { isInWindow } from './happy-hour.js';
import { allocateProportionally, percentOf } from './rounding.js';
import { LINE_RULE_PRECEDENCE, ruleLabel, type LineRule, type PricingRule, type RuleTarget } from './rules.js';

export interface PricingLine {
  key: string;
  productId: string;
  categoryId: string;
  /** Units, or grams when `unit` is GRAM. */
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  /** List price of one unit with its options, or the price per kg for GRAM lines. */
  listUnitPriceCents: number;
}

export interface PricingContext {
  channel: string;
  at: Date;
  timeZone: string;
}

export interface PricedLine {
  key: string;
  /** After the channel markup: per unit, or per kg for GRAM lines. */
  unitPriceCents: number;
  grossCents: number;
  discountCents: number;
  totalCents: number;
  appliedRules: string[];
}

function targets(target: RuleTarget, line: PricingLine, channel: string): boolean {
  const has = (list: string[] | undefined, value: string) => !list || list.length === 0 || list.includes(value);
  return has(target.productIds, line.productId) && has(target.categoryIds, line.categoryId) && has(target.channels, channel);
}

function lineDiscount(rule: LineRule, line: PricingLine, unitPrice: number, gross: number): number {
  switch (rule.kind) {
    case 'HAPPY_HOUR':
    case 'PERCENT_OFF':
      return percentOf(gross, rule.percentOffBp);
    case 'FIXED_OFF':
      return line.unit === 'UNIT' ? Math.min(rule.amountOffCents, unitPrice) * line.quantity : Math.min(rule.amountOffCents, gross);
    case 'BUY_X_GET_Y':
      if (line.unit !== 'UNIT') return 0;
      return Math.floor(line.quantity / (rule.buy + rule.get)) * rule.get * unitPrice;
  }
}

function byPrecedence(a: { rule: LineRule; amount: number }, b: { rule: LineRule; amount: number }): number {
  if (a.amount !== b.amount) return b.amount - a.amount;
  const kind = LINE_RULE_PRECEDENCE.indexOf(a.rule.kind) - LINE_RULE_PRECEDENCE.indexOf(b.rule.kind);
  return kind !== 0 ? kind : a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0;
}

/**
 * Prices order lines (see docs/pricing.md for the rules in words):
 * 1. the channel markup raises the unit price (per kg for weighed lines), rounded half up;
 * 2. gross = unit price × units, or round-half-up(price per kg × grams / 1000);
 * 3. each line takes at most ONE line rule (happy hour, percent, fixed, buy X get Y): the one
 *    giving the largest discount, ties by LINE_RULE_PRECEDENCE then rule id;
 * 4. combo discounts then use the units of lines no line rule touched, rule by rule in id order,
 *    the discount split over the units it used in proportion to their price (largest remainder).
 * A discount never exceeds what it applies to, so no line total goes below zero.
 */
export function priceLines(lines: readonly PricingLine[], context: PricingContext, rules: readonly PricingRule[]): PricedLine[] {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const markup = sorted.find((r) => r.kind === 'CHANNEL_MARKUP' && r.channel === context.channel);
  const lineRules = sorted.filter(
    (r): r is LineRule =>
      (r.kind === 'PERCENT_OFF' || r.kind === 'FIXED_OFF' || r.kind === 'BUY_X_GET_Y' || r.kind === 'HAPPY_HOUR') &&
      (r.kind !== 'HAPPY_HOUR' || isInWindow(context.at, context.timeZone, r)),
  );

  const priced = lines.map((line) => {
    const appliedRules: string[] = [];
    let unitPriceCents = line.listUnitPriceCents;
    if (markup && markup.kind === 'CHANNEL_MARKUP') {
      unitPriceCents += percentOf(unitPriceCents, markup.percentBp);
      appliedRules.push(ruleLabel(markup));
    }
    const grossCents = line.unit === 'UNIT' ? unitPriceCents * line.quantity : weightPriceCents(unitPriceCents, line.quantity);
    const candidates = lineRules
      .filter((rule) => targets(rule.target, line, context.channel))
      .map((rule) => ({ rule, amount: Math.min(grossCents, lineDiscount(rule, line, unitPriceCents, grossCents)) }))
      .filter((c) => c.amount > 0)
      .sort(byPrecedence);
    let discountCents = 0;
    if (candidates.length > 0) {
      discountCents = candidates[0].amount;
      appliedRules.push(ruleLabel(candidates[0].rule));
    }
    return { key: line.key, unitPriceCents, grossCents, discountCents, totalCents: grossCents - discountCents, appliedRules, free: discountCents === 0 && line.unit === 'UNIT' ? line.quantity : 0 };
  });

  for (const rule of sorted) {
    if (rule.kind !== 'COMBO_DISCOUNT') continue;
    if (rule.channels && rule.channels.length > 0 && !rule.channels.includes(context.channel)) continue;
    applyCombo(rule, lines, priced);
  }
  return priced.map(({ free: _free, ...line }) => line);
}

function applyCombo(
  rule: Extract<PricingRule, { kind: 'COMBO_DISCOUNT' }>,
  lines: readonly PricingLine[],
  priced: (PricedLine & { free: number })[],
): void {
  const need = new Map<string, number>();
  for (const id of rule.productIds) need.set(id, (need.get(id) ?? 0) + 1);
  let sets = Infinity;
  for (const [productId, n] of need) {
    const available = lines.reduce((sum, line, i) => sum + (line.productId === productId ? priced[i].free : 0), 0);
    sets = Math.min(sets, Math.floor(available / n));
  }
  if (sets === 0 || sets === Infinity) return;
  const used: { index: number; units: number }[] = [];
  for (const [productId, n] of need) {
    let wanted = sets * n;
    lines.forEach((line, i) => {
      if (wanted === 0 || line.productId !== productId || priced[i].free === 0) return;
      const units = Math.min(wanted, priced[i].free);
      priced[i].free -= units;
      wanted -= units;
      used.push({ index: i, units });
    });
  }
  const weights = used.map((u) => priced[u.index].unitPriceCents * u.units);
  const amount = Math.min(sets * rule.amountOffCents, weights.reduce((a, b) => a + b, 0));
  allocateProportionally(amount, weights).forEach((share, k) => {
    if (share === 0) return;
    const line = priced[used[k].index];
    line.discountCents += share;
    line.totalCents -= share;
    if (!line.appliedRules.includes(ruleLabel(rule))) line.appliedRules.push(ruleLabel(rule));
  });
}
