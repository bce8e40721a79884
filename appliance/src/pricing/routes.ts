import { z } from 'zod';
import { runCommand } from '../kernel/http/command-route.js';
import { ok } from '../kernel/http/envelope.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { parseWith, readJson, readParam } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { pricingRuleSchema } from './rules.js';
import { listPricingRules, setPricingRuleActive, upsertPricingRule } from './store.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const activeBody = lazySchema(() => z.object({ active: z.boolean() }));

export function registerPricingRoutes(ctx: ModuleContext): void {
  ctx.api.get('/pricing/rules', routeDoc({ tag: 'pricing', summary: 'Every pricing rule (channel markups, happy hours, promotions)', response: () => import('./answers.js').then((a) => a.pricingRulesAnswer) }), requirePermission('catalog.read'), (c) => ok(c, listPricingRules(ctx.db)));

  ctx.api.put('/pricing/rules/:id', routeDoc({ tag: 'pricing', summary: 'Create or replace a pricing rule (its id is the path\'s)', response: () => import('./answers.js').then((a) => a.storedPricingRuleAnswer), body: pricingRuleSchema }), requirePermission('catalog.write'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, z.record(z.string(), z.unknown()));
    const rule = parseWith(pricingRuleSchema, { ...body, id });
    return runCommand(c, 'pricing.rule_upsert', (tx) => upsertPricingRule(tx, rule));
  });

  ctx.api.post('/pricing/rules/:id/active', routeDoc({ tag: 'pricing', summary: 'Switch a pricing rule on or off', response: () => import('./answers.js').then((a) => a.storedPricingRuleAnswer), body: activeBody }), requirePermission('catalog.write'), async (c) => {
    const id = readParam(c, 'id');
    const body = await readJson(c, activeBody);
    return runCommand(c, 'pricing.rule_activation', (tx) => setPricingRuleActive(tx, id, body.active));
  });
}
