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

export function listPricingRules(db: Db): StoredPricingRule[] {
  return (prepareCached(db, 'SELECT * FROM pricing_rules ORDER BY id').all() as RuleRow[]).map(toStored);
}

export function upsertPricingRule(tx: CommandTx, rule: PricingRule, active = true): StoredPricingRule {
  tx.prepare(
      `INSERT INTO pricing_rules (id, kind, definition, active, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, definition = excluded.definition, active = excluded.active, updated_at = excluded.updated_at`,
    )
    .run(rule.id, rule.kind, JSON.stringify(rule), active ? 1 : 0, tx.nowIso);
  tx.emit({ type: 'pricing.rule_upserted', aggregateType: 'pricing_rule', aggregateId: rule.id, payload: { rule, active } });
  return { rule, active, updatedAt: tx.nowIso };
}

export function setPricingRuleActive(tx: CommandTx, id: string, active: boolean): StoredPricingRule {
  const row = tx.prepare('SELECT * FROM pricing_rules WHERE id = ?').get(id) as RuleRow | undefined;
  if (!row) throw notFound('PRICING_RULE_NOT_FOUND', { id });
  return upsertPricingRule(tx, toStored(row).rule, active);
}
