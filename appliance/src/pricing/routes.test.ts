import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { loadActivePricingRules, pricingModule } from './index.js';

describe('pricing rules over HTTP', () => {
  let app: TestAppliance;
  const call = (method: string, path: string, body?: unknown, permissions = ['catalog.read', 'catalog.write']) =>
    fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: app.bearer(permissions) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([pricingModule]);
  });
  afterAll(() => app.close());

  it('stores a rule under the id of its path, journals it and feeds the engine only while active', async () => {
    const res = await call('PUT', '/pricing/rules/tuesday-10', { kind: 'PERCENT_OFF', percentOffBp: 1000, target: { categoryIds: ['cat-pizzas'] } });
    expect(res.status).toBe(200);
    expect((await res.json()).data.rule).toEqual({ id: 'tuesday-10', kind: 'PERCENT_OFF', percentOffBp: 1000, target: { categoryIds: ['cat-pizzas'] } });
    expect(loadActivePricingRules(app.ctx.db).map((r) => r.id)).toEqual(['tuesday-10']);
    const off = await call('POST', '/pricing/rules/tuesday-10/active', { active: false });
    expect((await off.json()).data.active).toBe(false);
    expect(loadActivePricingRules(app.ctx.db)).toEqual([]);
    const list = await (await call('GET', '/pricing/rules')).json();
    expect(list.data.map((r: { rule: { id: string }; active: boolean }) => [r.rule.id, r.active])).toEqual([['tuesday-10', false]]);
    expect(app.ctx.journal.readAfter(0).map((e) => [e.type, 'active' in e.payload ? e.payload.active : undefined])).toEqual([
      ['pricing.rule_upserted', true],
      ['pricing.rule_upserted', false],
    ]);
  });

  it('refuses malformed rules, unknown ids and callers without catalog.write', async () => {
    const bad = await call('PUT', '/pricing/rules/hh', { kind: 'HAPPY_HOUR', weekdays: [7], from: '25:00', to: '19:00', percentOffBp: 0 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['from', 'percentOffBp', 'weekdays.0']);
    const badId = await call('PUT', '/pricing/rules/Not_Valid', { kind: 'PERCENT_OFF', percentOffBp: 100 });
    expect(badId.status).toBe(400);
    const missing = await call('POST', '/pricing/rules/ghost/active', { active: true });
    expect([missing.status, (await missing.json()).error.code]).toEqual([404, 'PRICING_RULE_NOT_FOUND']);
    expect((await call('PUT', '/pricing/rules/x', { kind: 'PERCENT_OFF', percentOffBp: 100 }, ['catalog.read'])).status).toBe(403);
  });
});
