import { prepareCached } from '../kernel/db/statements.js';
import type { Db } from '../kernel/db/open.js';
import { notFound } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { pricingRuleSchema, type PricingRule } from './rules.js';

export interface StoredPricingRule {
  rule: PricingRule;
  active: boolean;
  updatedAt: string;
}

interface RuleRow {
  id: string;
  definition: string;
  active: number;
  updated_at: string;
}

const toStored = (row: RuleRow): StoredPricingRule => ({
  rule: pricingRuleSchema.parse(JSON.parse(row.definition)),
  active: row.active === 1,
  updatedAt: row.updated_at,
});

/** The rules the engine applies now: every active one. */
export function loadActivePricingRules(db: Db): PricingRule[] {
  return (prepareCached(db, 'SELECT * FROM pricing_rules WHERE active = 1 ORDER BY id').all() as RuleRow[]).map((r) => toStored(r).rule);
}

/** These rules as stored, switched on or off (a rule that priced a line may be off since); unknown ids are left out. */
export function loadPricingRules(db: Db, ids: readonly string[]): PricingRule[] {
  if (ids.length === 0) return [];
  return (prepareCached(db, 'SELECT * FROM pricing_rules WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(ids)) as RuleRow[]).map((r) => toStored(r).rule);
}

export function listPricingRules(db: Db): StoredPricingRule[] {
  return (prepareCached(db, 'SELECT * FROM pricing_rules ORDER BY id').all() as RuleRow[]).map(toStored);
}

/**
 * Creates or replaces a rule. Without `active`, a new rule starts switched on and an edited one
 * keeps its state: a manager preparing next month's happy hour while it is off must not start it.
 */
export function upsertPricingRule(tx: CommandTx, rule: PricingRule, active?: boolean): StoredPricingRule {
  const stored = tx.prepare('SELECT active FROM pricing_rules WHERE id = ?').pluck().get(rule.id) as number | undefined;
  const on = active ?? stored !== 0;
  tx.prepare(
      `INSERT INTO pricing_rules (id, kind, definition, active, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, definition = excluded.definition, active = excluded.active, updated_at = excluded.updated_at`,
    )
    .run(rule.id, rule.kind, JSON.stringify(rule), on ? 1 : 0, tx.nowIso);
  tx.emit({ type: 'pricing.rule_upserted', aggregateType: 'pricing_rule', aggregateId: rule.id, payload: { rule, active: on } });
  return { rule, active: on, updatedAt: tx.nowIso };
}

export function setPricingRuleActive(tx: CommandTx, id: string, active: boolean): StoredPricingRule {
  const row = tx.prepare('SELECT * FROM pricing_rules WHERE id = ?').get(id) as RuleRow | undefined;
  if (!row) throw notFound('PRICING_RULE_NOT_FOUND', { id });
  return upsertPricingRule(tx, toStored(row).rule, active);
}
