/**
 * Pricing rules name the store's sales channels: COUNTER, TABLE, DELIVERY, TAKEOUT, KIOSK and
 * MARKETPLACE, compared exactly with the order's channel.
 *
 * - "a rule naming a sales channel the store does not have is refused": a delivery markup typed for
 *   channel "Delivery" (or a promotion limited to "delivery") would never apply, and every delivery
 *   order would go out without the 15 % the manager believes is charged. The store expects 400
 *   VALIDATION_FAILED naming the field, and nothing stored.
 * - "rules stored before the check are put on sales channels without changing a price": a rule
 *   that applies on some channel drops the names that never matched; one that never applied takes
 *   the channel its name spells and is switched off for the manager to check, or is removed when
 *   its names spell none, so the rules still load and every order is still priced.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../kernel/db/migrations.js';
import { openDatabase } from '../kernel/db/open.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { loadActivePricingRules, pricingModule } from './index.js';
import { pricingMigrations } from './migrations.js';
import { listPricingRules } from './store.js';

describe('pricing rules and sales channels', () => {
  let app: TestAppliance;
  const put = (path: string, body: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.read', 'catalog.write']) },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestAppliance([pricingModule]);
  });
  afterAll(() => app.close());

  it('a rule naming a sales channel the store does not have is refused', async () => {
    const markup = await put('/pricing/rules/delivery-markup', { kind: 'CHANNEL_MARKUP', channel: 'Delivery', percentBp: 1500 });
    expect([markup.status, (await markup.json()).error?.code]).toEqual([400, 'VALIDATION_FAILED']);
    const promo = await put('/pricing/rules/delivery-10', { kind: 'PERCENT_OFF', percentOffBp: 1000, target: { channels: ['delivery'] } });
    expect([promo.status, (await promo.json()).error?.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(loadActivePricingRules(app.ctx.db)).toEqual([]);
  });
});

describe('pricing rules stored before channel names were checked', () => {
  it('rules stored before the check are put on sales channels without changing a price', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-rule-channels-'));
    const db = openDatabase(join(dir, 'store.db'), 'full');
    try {
      applyMigrations(db, pricingMigrations.slice(0, 1));
      const store = db.prepare("INSERT INTO pricing_rules (id, kind, definition, active, updated_at) VALUES (?, ?, ?, 1, '2026-11-01T12:00:00.000Z')");
      const stored = [
        { id: 'delivery-markup', kind: 'CHANNEL_MARKUP', channel: 'Delivery', percentBp: 1500 },
        { id: 'ifood-markup', kind: 'CHANNEL_MARKUP', channel: 'iFood', percentBp: 1000 },
        { id: 'counter-promo', kind: 'PERCENT_OFF', percentOffBp: 1000, target: { channels: ['COUNTER', 'balcao'] } },
        { id: 'takeout-promo', kind: 'PERCENT_OFF', percentOffBp: 500, target: { channels: ['takeout', ' Takeout '] } },
        { id: 'any-channel', kind: 'FIXED_OFF', amountOffCents: 100, target: {} },
      ];
      for (const rule of stored) store.run(rule.id, rule.kind, JSON.stringify(rule));
      applyMigrations(db, pricingMigrations);
      expect(listPricingRules(db).map(({ rule, active }) => ({ rule, active }))).toEqual([
        { rule: { id: 'any-channel', kind: 'FIXED_OFF', amountOffCents: 100, target: {} }, active: true },
        { rule: { id: 'counter-promo', kind: 'PERCENT_OFF', percentOffBp: 1000, target: { channels: ['COUNTER'] } }, active: true },
        { rule: { id: 'delivery-markup', kind: 'CHANNEL_MARKUP', channel: 'DELIVERY', percentBp: 1500 }, active: false },
        { rule: { id: 'takeout-promo', kind: 'PERCENT_OFF', percentOffBp: 500, target: { channels: ['TAKEOUT'] } }, active: false },
      ]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
