import { weightPriceCents } from './base-price.js';
import { isInWindow } from './happy-hour.js';
import { allocateProportionally, percentOf } from './rounding.js';
import { LINE_RULE_PRECEDENCE, ruleLabel, type LineRule, type PricingRule, type RuleTarget } from './rules.js';
import { traceStep, type RuleTraceReason, type RuleTraceStep } from './trace.js';

export interface PricingLine {
  key: string;
  productId: string;
  categoryId: string;
  /** The categories above `categoryId`, nearest first: a rule on Bebidas reaches Bebidas > Refrigerantes. */
  ancestorCategoryIds?: readonly string[];
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

export interface TracedLine extends PricedLine {
  /** The gross at the list price, before any rule: where the trace starts. */
  baseCents: number;
  trace: RuleTraceStep[];
}

/** Whether a line rule looks at this line: OTHER_CHANNEL or NOT_TARGETED when it does not. */
function targetMiss(target: RuleTarget, line: PricingLine, channel: string): 'OTHER_CHANNEL' | 'NOT_TARGETED' | null {
  const has = (list: string[] | undefined, ...values: readonly string[]) => !list || list.length === 0 || values.some((value) => list.includes(value));
  if (!has(target.channels, channel)) return 'OTHER_CHANNEL';
  return has(target.productIds, line.productId) && has(target.categoryIds, line.categoryId, ...(line.ancestorCategoryIds ?? [])) ? null : 'NOT_TARGETED';
}

/** `freeUnits`: the units a BUY_X_GET_Y rule gives free on this line (buyXGetYFreeUnits). */
function lineDiscount(rule: LineRule, line: PricingLine, unitPrice: number, gross: number, freeUnits: number): number {
  switch (rule.kind) {
    case 'HAPPY_HOUR':
    case 'PERCENT_OFF':
      return percentOf(gross, rule.percentOffBp);
    case 'FIXED_OFF':
      return line.unit === 'UNIT' ? Math.min(rule.amountOffCents, unitPrice) * line.quantity : Math.min(rule.amountOffCents, gross);
    case 'BUY_X_GET_Y':
      return freeUnits * unitPrice;
  }
}

type BuyXGetY = Extract<LineRule, { kind: 'BUY_X_GET_Y' }>;
type UnitsLine = Pick<PricingLine, 'productId' | 'unit' | 'quantity'>;

/** The lines a "leve X, pague Y" pools: those of one product at one price, by line index. */
function sameUnitGroups(lines: readonly UnitsLine[], unitPrices: readonly number[], eligible: (i: number) => boolean): number[][] {
  const groups = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.unit !== 'UNIT' || !eligible(i)) return;
    const key = `${line.productId}\u0000${unitPrices[i]}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()];
}

const freeUnitsOf = (rule: BuyXGetY, units: number) => Math.floor(units / (rule.buy + rule.get)) * rule.get;

/** Adds `free` units to `given` (by line index), from the last line up, each line at most its `room`. */
function fromTheLast(indexes: readonly number[], free: number, room: (i: number) => number, given: number[]): void {
  let left = free;
  for (const i of [...indexes].reverse()) {
    const more = Math.min(left, room(i));
    given[i] += more;
    left -= more;
  }
}

/**
 * The units a "leve X, pague Y" rule gives free on each line. It counts the units of one product at
 * one price over all the lines priced together, since how the till laid them out is no business of
 * the customer's: three Cocas scanned between other items, or one per seat, are three Cocas. Each
 * line first takes the free units its own quantity earns (what it would get alone); the free units
 * only the pooled count earns go to the last lines, as "the third one is free" reads on the bill.
 */
function buyXGetYFreeUnits(rule: BuyXGetY, lines: readonly PricingLine[], unitPrices: readonly number[], channel: string): number[] {
  const free = lines.map(() => 0);
  for (const indexes of sameUnitGroups(lines, unitPrices, (i) => !targetMiss(rule.target, lines[i], channel))) {
    for (const i of indexes) free[i] = freeUnitsOf(rule, lines[i].quantity);
    const pooled = freeUnitsOf(rule, indexes.reduce((sum, i) => sum + lines[i].quantity, 0)) - indexes.reduce((sum, i) => sum + free[i], 0);
    fromTheLast(indexes, pooled, (i) => lines[i].quantity - free[i], free);
  }
  return free;
}

function byPrecedence(a: { rule: LineRule; amount: number }, b: { rule: LineRule; amount: number }): number {
  if (a.amount !== b.amount) return b.amount - a.amount;
  const kind = LINE_RULE_PRECEDENCE.indexOf(a.rule.kind) - LINE_RULE_PRECEDENCE.indexOf(b.rule.kind);
  return kind !== 0 ? kind : a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0;
}

const grossOf = (line: PricingLine, unitPriceCents: number) => (line.unit === 'UNIT' ? unitPriceCents * line.quantity : weightPriceCents(unitPriceCents, line.quantity));
const isLineRule = (r: PricingRule): r is LineRule => r.kind === 'PERCENT_OFF' || r.kind === 'FIXED_OFF' || r.kind === 'BUY_X_GET_Y' || r.kind === 'HAPPY_HOUR';
type ComboRule = Extract<PricingRule, { kind: 'COMBO_DISCOUNT' }>;
type WorkLine = TracedLine & { free: number };

/** The line rules' verdicts on one line (in rule id order) and the one that wins, if any. */
function judgeLineRules(line: PricingLine, unitPriceCents: number, grossCents: number, rules: readonly LineRule[], context: PricingContext, freeUnits: (rule: LineRule) => number) {
  const steps = new Map<LineRule, RuleTraceStep>();
  const candidates: { rule: LineRule; amount: number }[] = [];
  for (const rule of rules) {
    const miss = rule.kind === 'HAPPY_HOUR' && !isInWindow(context.at, context.timeZone, rule) ? 'OUTSIDE_WINDOW' : targetMiss(rule.target, line, context.channel);
    const amount = miss ? 0 : Math.min(grossCents, lineDiscount(rule, line, unitPriceCents, grossCents, freeUnits(rule)));
    if (miss || amount <= 0) steps.set(rule, traceStep(rule, miss ?? 'NO_DISCOUNT'));
    else candidates.push({ rule, amount });
  }
  candidates.sort(byPrecedence);
  candidates.forEach((c, i) => steps.set(c.rule, i === 0 ? traceStep(c.rule, 'BEST_DISCOUNT', c.amount) : traceStep(c.rule, 'BEATEN', c.amount, candidates[0].rule.id)));
  return { winner: candidates[0] as { rule: LineRule; amount: number } | undefined, steps: rules.map((r) => steps.get(r)!) };
}

/**
 * Prices order lines (see docs/pricing.md for the rules in words):
 * 1. the channel markup raises the unit price (per kg for weighed lines), rounded half up;
 * 2. gross = unit price × units, or round-half-up(price per kg × grams / 1000);
 * 3. each line takes at most ONE line rule (happy hour, percent, fixed, buy X get Y): the one
 *    giving the largest discount, ties by LINE_RULE_PRECEDENCE then rule id; buy X get Y counts
 *    the units of one product at one price over all the lines;
 * 4. combo discounts then use the units of lines no line rule touched, rule by rule in id order,
 *    the discount split over the units it used in proportion to their price (largest remainder).
 * A discount never exceeds what it applies to, so no line total goes below zero.
 * Each line also carries its rule trace: every rule's verdict on it, applied or not and why.
 */
export function tracePricing(lines: readonly PricingLine[], context: PricingContext, rules: readonly PricingRule[]): TracedLine[] {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const markups = sorted.filter((r): r is Extract<PricingRule, { kind: 'CHANNEL_MARKUP' }> => r.kind === 'CHANNEL_MARKUP');
  const markup = markups.find((r) => r.channel === context.channel);
  const lineRules = sorted.filter(isLineRule);
  const unitPrices = lines.map((line) => (markup ? line.listUnitPriceCents + percentOf(line.listUnitPriceCents, markup.percentBp) : line.listUnitPriceCents));
  const freeUnits = new Map(lineRules.flatMap((r) => (r.kind === 'BUY_X_GET_Y' ? [[r, buyXGetYFreeUnits(r, lines, unitPrices, context.channel)] as const] : [])));

  const priced: WorkLine[] = lines.map((line, i) => {
    const appliedRules: string[] = markup ? [ruleLabel(markup)] : [];
    const baseCents = grossOf(line, line.listUnitPriceCents);
    const unitPriceCents = unitPrices[i];
    const grossCents = grossOf(line, unitPriceCents);
    const trace = markups.map((r) => (r === markup ? traceStep(r, 'MARKUP', grossCents - baseCents) : r.channel === context.channel ? traceStep(r, 'BEATEN', 0, markup!.id) : traceStep(r, 'OTHER_CHANNEL')));
    const { winner, steps } = judgeLineRules(line, unitPriceCents, grossCents, lineRules, context, (rule) => freeUnits.get(rule as BuyXGetY)?.[i] ?? 0);
    trace.push(...steps);
    const discountCents = winner?.amount ?? 0;
    if (winner) appliedRules.push(ruleLabel(winner.rule));
    return { key: line.key, baseCents, unitPriceCents, grossCents, discountCents, totalCents: grossCents - discountCents, appliedRules, trace, free: discountCents === 0 && line.unit === 'UNIT' ? line.quantity : 0 };
  });

  for (const rule of sorted) {
    if (rule.kind !== 'COMBO_DISCOUNT') continue;
    const otherChannel = rule.channels && rule.channels.length > 0 && !rule.channels.some((channel) => channel === context.channel);
    const freeBefore = priced.map((p) => p.free);
    const shares = otherChannel ? new Map<number, number>() : applyCombo(rule, lines, priced);
    lines.forEach((line, i) => priced[i].trace.push(traceStep(rule, otherChannel ? 'OTHER_CHANNEL' : comboVerdict(rule, line, shares.get(i), freeBefore[i]), shares.get(i) ?? 0)));
  }
  return priced.map(({ free: _free, ...line }) => line);
}

function comboVerdict(rule: ComboRule, line: PricingLine, share: number | undefined, freeBefore: number): RuleTraceReason {
  if (!rule.productIds.includes(line.productId)) return 'NOT_TARGETED';
  if (share !== undefined) return share > 0 ? 'COMBO' : 'NO_DISCOUNT';
  if (line.unit !== 'UNIT') return 'NO_DISCOUNT';
  return freeBefore === 0 ? 'UNITS_ALREADY_DISCOUNTED' : 'INCOMPLETE_COMBO';
}

/** The prices of `tracePricing` without the trace: what an order line keeps. */
export function priceLines(lines: readonly PricingLine[], context: PricingContext, rules: readonly PricingRule[]): PricedLine[] {
  return tracePricing(lines, context, rules).map(({ baseCents: _base, trace: _trace, ...line }) => line);
}

/** Takes the combo's complete sets from the free units; answers each used line's share (by line index). */
function applyCombo(rule: ComboRule, lines: readonly PricingLine[], priced: WorkLine[]): Map<number, number> {
  const need = new Map<string, number>();
  for (const id of rule.productIds) need.set(id, (need.get(id) ?? 0) + 1);
  let sets = Infinity;
  for (const [productId, n] of need) {
    const available = lines.reduce((sum, line, i) => sum + (line.productId === productId ? priced[i].free : 0), 0);
    sets = Math.min(sets, Math.floor(available / n));
  }
  const shares = new Map<number, number>();
  if (sets === 0 || sets === Infinity) return shares;
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
    shares.set(used[k].index, (shares.get(used[k].index) ?? 0) + share);
    if (share === 0) return;
    const line = priced[used[k].index];
    line.discountCents += share;
    line.totalCents -= share;
    if (!line.appliedRules.includes(ruleLabel(rule))) line.appliedRules.push(ruleLabel(rule));
  });
  return shares;
}

/** A line already on an order, as it was priced: what `discountsAfterCancel` judges again. */
export interface SentLine {
  key: string;
  productId: string;
  quantity: number;
  unit: 'UNIT' | 'GRAM';
  /** After the channel markup, as the line was sent. */
  unitPriceCents: number;
  discountCents: number;
  appliedRules: readonly string[];
}

export interface LoweredDiscount {
  key: string;
  discountCents: number;
  appliedRules: string[];
}

const labelsOf = (line: SentLine, kind: PricingRule['kind']) => line.appliedRules.filter((label) => label.startsWith(`${kind}:`));
const otherLabels = (line: SentLine, kind: PricingRule['kind']) => line.appliedRules.filter((label) => !label.startsWith(`${kind}:`));

/** The ids of the rules whose discount on these lines depends on other lines (buy X get Y, combos). */
export function crossLineRuleIds(lines: readonly SentLine[]): string[] {
  const labels = lines.flatMap((line) => [...labelsOf(line, 'BUY_X_GET_Y'), ...labelsOf(line, 'COMBO_DISCOUNT')]);
  return [...new Set(labels.map((label) => label.slice(label.indexOf(':') + 1)))];
}

/**
 * The free units a "leve X, pague Y" still gives over the lines left: counted as when they were
 * priced (one product at one price), and kept on the lines that had them, from the last one up.
 */
function buyXGetYAfterCancel(rule: BuyXGetY, lines: readonly SentLine[]): Map<number, number> {
  const label = ruleLabel(rule);
  const products = new Set(lines.filter((line) => line.appliedRules.includes(label)).map((line) => line.productId));
  const prices = lines.map((line) => line.unitPriceCents);
  const free = lines.map(() => 0);
  const had = (i: number) => (lines[i].appliedRules.includes(label) && prices[i] > 0 ? Math.round(lines[i].discountCents / prices[i]) : 0);
  for (const indexes of sameUnitGroups(lines, prices, (i) => products.has(lines[i].productId))) {
    fromTheLast(indexes, freeUnitsOf(rule, indexes.reduce((sum, i) => sum + lines[i].quantity, 0)), had, free);
  }
  return new Map(lines.flatMap((line, i) => (line.appliedRules.includes(label) ? [[i, free[i] * prices[i]] as const] : [])));
}

/** The combo discounts the lines left still earn: the combo stage run again over the lines no line rule discounted. */
function combosAfterCancel(rules: readonly ComboRule[], lines: readonly SentLine[]): WorkLine[] {
  const asPriced = lines.map((line): PricingLine => ({ key: line.key, productId: line.productId, categoryId: '', quantity: line.quantity, unit: line.unit, listUnitPriceCents: line.unitPriceCents }));
  const noLineRule = (line: SentLine) => line.appliedRules.every((label) => label.startsWith('COMBO_DISCOUNT:') || label.startsWith('CHANNEL_MARKUP:'));
  const work = lines.map((line, i): WorkLine => {
    const grossCents = grossOf(asPriced[i], line.unitPriceCents);
    return { key: line.key, baseCents: grossCents, unitPriceCents: line.unitPriceCents, grossCents, discountCents: 0, totalCents: grossCents, appliedRules: [], trace: [], free: line.unit === 'UNIT' && noLineRule(line) ? line.quantity : 0 };
  });
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) applyCombo(rule, asPriced, work);
  return work;
}

/**
 * The discounts of the lines priced together with a line that left the order (a guest gave up a
 * dish). A combo or a "leve X, pague Y" is earned by several lines: what the gone line helped earn
 * on the others goes with it. Those rules (`rules`: their definitions, switched off or not, since
 * they priced the lines) are judged again over the lines left, at the prices they were sent with,
 * and each line keeps the smaller of what it had and what it earns now, so a cancel never gives a
 * discount nobody was quoted. Answers the lines whose discount drops.
 */
export function discountsAfterCancel(lines: readonly SentLine[], rules: readonly PricingRule[]): LoweredDiscount[] {
  const earned = new Map<number, { discountCents: number; labels: string[] }>();
  for (const rule of rules) {
    if (rule.kind !== 'BUY_X_GET_Y') continue;
    for (const [i, cents] of buyXGetYAfterCancel(rule, lines)) earned.set(i, { discountCents: cents, labels: cents > 0 ? [ruleLabel(rule)] : [] });
  }
  const combos = rules.filter((rule): rule is ComboRule => rule.kind === 'COMBO_DISCOUNT');
  const known = new Set(combos.map(ruleLabel));
  if (combos.length > 0) {
    combosAfterCancel(combos, lines).forEach((work, i) => {
      const labels = labelsOf(lines[i], 'COMBO_DISCOUNT');
      // A combo whose definition is gone cannot be judged again: its lines keep what they had.
      if (labels.length === 0 || !labels.every((label) => known.has(label))) return;
      earned.set(i, { discountCents: work.discountCents, labels: work.appliedRules });
    });
  }
  return [...earned].flatMap(([i, now]) => {
    const line = lines[i];
    if (now.discountCents >= line.discountCents) return [];
    const kind = line.appliedRules.some((label) => label.startsWith('BUY_X_GET_Y:')) ? 'BUY_X_GET_Y' : 'COMBO_DISCOUNT';
    return [{ key: line.key, discountCents: now.discountCents, appliedRules: [...otherLabels(line, kind), ...now.labels] }];
  });
}
