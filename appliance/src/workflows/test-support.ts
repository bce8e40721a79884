import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { authModule, ROLE_PERMISSIONS } from '../auth/index.js';
import { businessDayModule } from '../business-day/index.js';
import { cashierModule } from '../cashier/index.js';
import { catalogModule } from '../catalog/index.js';
import { deliveryModule } from '../delivery/index.js';
import type { Clock } from '../kernel/clock.js';
import type { ApplianceModule } from '../kernel/module.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createKitchenModule } from '../kitchen/index.js';
import { ordersModule } from '../orders/index.js';
import type { CardPaymentProvider } from '../devices/tef/index.js';
import { createPaymentsModule } from '../payments/index.js';
import { pricingModule } from '../pricing/index.js';
import { stockModule } from '../stock/index.js';
import { tablesModule } from '../tables/index.js';
import { workflowsModule } from './index.js';
import { storeProfileInput, writeStoreProfile } from './store-profile.js';

/** Monday 2026-11-23 12:00 in São Paulo: outside the demo happy hour. */
export const NOON_MONDAY: Clock = { now: () => new Date('2026-11-23T15:00:00.000Z') };

export function orderModules(): ApplianceModule[] {
  return [authModule, businessDayModule, catalogModule, pricingModule, ordersModule, tablesModule, stockModule, createKitchenModule(), workflowsModule];
}

/** The demo store (menu, pricing rules, tables, stations, open business day) on a fixed clock. */
export function startDemoStore(options: { seed?: boolean; clock?: Clock } = {}): Promise<TestAppliance> {
  return startTestAppliance(orderModules(), { clock: options.clock ?? NOON_MONDAY, env: { CHEFIA_DEMO: options.seed === false ? '0' : '1' } });
}

/**
 * The demo store taking money: the order modules with the cash drawer and `payments` (PIX
 * gateways, a card terminal; by default neither), workflows registered last as at start-up.
 */
export function startTillStore(payments: ApplianceModule = createPaymentsModule({ pixGateways: [] })): Promise<TestAppliance> {
  return startTestAppliance([...orderModules().filter((m) => m !== workflowsModule), cashierModule, payments, workflowsModule], { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
}

/** Runs `check` on each backup of the store in `<data>/backups`, opened read-only; there is at least one. */
/**
 * A table-service store charging 10 % service (taxa de serviço), its card terminal `card`, and a
 * waiter (`payments.table_card`) who charges it at the table.
 */
export async function startServiceChargeStore(card: CardPaymentProvider): Promise<{ app: TestAppliance; waiter: Api }> {
  const app = await startTillStore(createPaymentsModule({ pixGateways: [], card }));
  await app.ctx.commands.run('store.profile', (tx) => writeStoreProfile(tx, app.ctx.config.storeId, storeProfileInput.parse({ name: 'Cantina', serviceChargeBp: 1000 })), {
    actor: { type: 'system', id: 'test' },
  });
  return { app, waiter: apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER') };
}

/** An address in the delivery store's one zone (Pinheiros, R$ 7,00, 40 min). */
export const PINHEIROS_DESTINATION = {
  street: 'Rua dos Pinheiros', number: '500', complement: null, district: 'Pinheiros', city: 'São Paulo', state: 'SP',
  postalCode: '05422-010', reference: null, recipientName: 'Marina Costa', phone: '(11) 98888-7777',
};

/**
 * The demo store with tills, payments and its own delivery, one zone (Pinheiros, R$ 7,00); `manager`
 * holds every manager permission. On Monday noon unless another clock is given.
 */
export async function startDeliveryStore(clock: Clock = NOON_MONDAY): Promise<{ app: TestAppliance; manager: Api }> {
  const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, workflowsModule];
  const app = await startTestAppliance(modules, { clock, env: { CHEFIA_DEMO: '1' } });
  const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
  const zone = await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 });
  if (zone.status !== 201) throw new Error(`zone refused: ${JSON.stringify(zone.body)}`);
  return { app, manager };
}

export function eachBackup(app: TestAppliance, check: (backup: Database.Database) => void): void {
  const dir = join(app.dataDir, 'backups');
  const files = readdirSync(dir).filter((file) => /^store-.*\.db$/.test(file));
  if (files.length === 0) throw new Error(`no backup in ${dir}`);
  for (const file of files) {
    const backup = new Database(join(dir, file), { readonly: true });
    try {
      check(backup);
    } finally {
      backup.close();
    }
  }
}

/**
 * A customer asks the store for their data and then for its deletion, at the counter: the first
 * export (what the store held) and the answer to the deletion (what is left).
 */
export async function accessThenDelete(staff: Api, customerId: string): Promise<{ exported: any; afterDeletion: any }> {
  const access = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'ACCESS', channel: 'IN_STORE' });
  if (access.status !== 201) throw new Error(`ACCESS answered ${access.status}: ${JSON.stringify(access.body)}`);
  const deletion = await staff.post(`/customers/${customerId}/data-requests`, { kind: 'DELETION', channel: 'IN_STORE' });
  if (deletion.status !== 201) throw new Error(`DELETION answered ${deletion.status}: ${JSON.stringify(deletion.body)}`);
  return { exported: access.body.data.export, afterDeletion: deletion.body.data.export };
}

export interface Api {
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  get(path: string): Promise<{ status: number; body: any }>;
  put(path: string, body: unknown): Promise<{ status: number; body: any }>;
}

export function apiAs(app: TestAppliance, permissions: string[], role = 'CASHIER', userId = `user-${role.toLowerCase()}`): Api {
  return apiWith(app, app.bearer(permissions, { role, id: userId }));
}

/** The API as whoever `authorization` (a bearer header) names: a user, a paired device. */
export function apiWith(app: TestAppliance, authorization: string): Api {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json(), headers: res.headers };
  };
  return { post: (path, body, headers) => call('POST', path, body ?? {}, headers), get: (path) => call('GET', path), put: (path, body) => call('PUT', path, body) };
}
