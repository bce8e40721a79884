import type { Clock } from '../kernel/clock.js';
import type { ApplianceModule } from '../kernel/module.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { applyKitchenCommand } from './commands.js';
import { registerKitchenCommandEndpoints } from './command-endpoints.js';
import { routeOrderToKitchen } from './route-order.js';
import { DEMO_STATIONS, saveStation } from './stations.js';
import type { KitchenCommand, KitchenOrderInput, KitchenOrderItemInput, KitchenStation } from './types.js';

/** Stands in for the kitchen-command workflow in kitchen-only tests: the bare kitchen executor. */
export const kitchenCommandsOnly: ApplianceModule = {
  name: 'kitchen-commands-test',
  register: (ctx) => registerKitchenCommandEndpoints(ctx, applyKitchenCommand),
};

export class ManualClock implements Clock {
  constructor(private current = new Date('2026-11-23T15:00:00.000Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current = new Date(this.current.getTime() + seconds * 1000);
  }
}

export async function seedStations(app: TestAppliance, stations: KitchenStation[] = DEMO_STATIONS): Promise<void> {
  await app.ctx.commands.run('test.seed_stations', (tx) => stations.forEach((s) => saveStation(tx.db, s)));
}

let counter = 0;
export function orderItem(name: string, station: string | null, prepSeconds: number, extra: Partial<KitchenOrderItemInput> = {}): KitchenOrderItemInput {
  counter += 1;
  return { itemId: `item-${counter}`, productId: `product-${name}`, name, quantity: 1, unit: 'UNIT', categoryId: null, station, prepSeconds, modifiers: [], notes: null, ...extra };
}

export function orderInput(orderNumber: number, items: KitchenOrderItemInput[], extra: Partial<KitchenOrderInput> = {}): KitchenOrderInput {
  return { orderId: `order-${orderNumber}-${++counter}`, orderNumber, channel: 'COUNTER', tableLabel: null, items, ...extra };
}

export function route(app: TestAppliance, input: KitchenOrderInput) {
  return app.ctx.commands.run('test.route', (tx: CommandTx) => routeOrderToKitchen(tx, input));
}

export function command(app: TestAppliance, station: string, cmd: KitchenCommand) {
  return app.ctx.commands.run('test.kitchen_command', (tx: CommandTx) => applyKitchenCommand(tx, station, cmd));
}
