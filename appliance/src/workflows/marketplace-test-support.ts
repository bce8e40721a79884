import { cashierModule } from '../cashier/index.js';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { marketplaceModule } from '../marketplace/index.js';
import { createPaymentsModule } from '../payments/index.js';
import { marketplaceOrderApplier } from './marketplace-orders.js';
import { workflowsModule } from './index.js';
import { NOON_MONDAY, orderModules } from './test-support.js';

/** A platform order as the relay pushes it (`marketplace.order_received`); the test clock stands at 15:00Z. */
export function platformOrder(id: string, overrides: Record<string, unknown> = {}) {
  return {
    marketplaceOrderId: `mo-${id}`,
    platform: 'IFOOD',
    platformOrderId: `ifood-${id}`,
    displayId: id,
    createdAt: '2026-11-23T14:58:00.000Z',
    confirmDeadline: '2026-11-23T15:06:00.000Z',
    customerName: 'Maria Oliveira',
    customerPhone: '0800 123 4567',
    deliveryAddress: null,
    items: [
      { externalCode: 'IF-XBURGER', name: 'X-Burger', quantity: 2, unitPriceCents: 2490, totalCents: 4980, notes: null, options: [] },
      { externalCode: 'IF-FRIES', name: 'Batata frita', quantity: 1, unitPriceCents: 1290, totalCents: 1290, notes: null, options: [] },
    ],
    notes: null,
    subtotalCents: 6270,
    deliveryFeeCents: 0,
    discounts: [],
    totalCents: 6270,
    payment: { prepaid: true, method: 'CREDIT', pendingCents: 0, changeForCents: null },
    ...overrides,
  };
}

/** The demo store with tills, payments and the marketplace module, at noon on a Monday (or on `clock`, in `dataDir` to start it again). */
export function startMarketplaceStore(options: { clock?: Clock; dataDir?: string } = {}): Promise<TestAppliance> {
  const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, createPaymentsModule({ pixGateways: [] }), marketplaceModule, workflowsModule];
  return startTestAppliance(modules, { clock: options.clock ?? NOON_MONDAY, dataDir: options.dataDir, env: { CHEFIA_DEMO: '1' } });
}

/** What the relay and the back office do to a marketplace store: push platform messages, map the menu, set auto-accept. */
export function marketplaceDriver(getApp: () => TestAppliance) {
  let cursor = 0;
  const push = (type: string, payload: unknown) => {
    cursor += 1;
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type, payload, createdAt: new Date().toISOString() };
    return getApp().ctx.commands.run('test.downstream', (tx) => marketplaceOrderApplier.apply(tx, message), { actor: { type: 'system', id: 'hq-relay' } });
  };
  const put = async (path: string, body: unknown) => {
    const app = getApp();
    const answer = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: app.bearer(['catalog.write', 'business_day.manage'], { role: 'MANAGER', id: 'user-manager' }) },
      body: JSON.stringify(body),
    });
    if (answer.status !== 200) throw new Error(`PUT ${path} answered ${answer.status}: ${await answer.text()}`);
  };
  const mapMenu = async () => {
    await put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-XBURGER', productId: 'prod-classic-burger' });
    await put('/marketplace/mappings', { platform: 'IFOOD', externalCode: 'IF-FRIES', productId: 'prod-fries' });
  };
  const autoAccept = () => put('/marketplace/settings/auto-accept', { IFOOD: true });
  const ticketsOf = (orderId: string) => getApp().ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE order_id = ?').pluck().all(orderId) as string[];
  const journal = (type: string) => (getApp().ctx.db.prepare('SELECT payload FROM journal WHERE type = ? ORDER BY seq').pluck().all(type) as string[]).map((p) => JSON.parse(p));
  return { push, put, mapMenu, autoAccept, ticketsOf, journal };
}
