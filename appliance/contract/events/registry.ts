import type { z } from 'zod';
import type { EventDefinition } from '../define-event.js';
import { authEvents } from './auth.js';
import { businessDayEvents } from './business-day.js';
import { cashierEvents } from './cashier.js';
import { catalogEvents } from './catalog.js';
import { chatEvents } from './chat.js';
import { configurationEvents } from './configuration.js';
import { customerEvents } from './customers.js';
import { deliveryEvents } from './delivery.js';
import { fiscalEvents } from './fiscal.js';
import { hardwareEvents } from './hardware.js';
import { kitchenEvents } from './kitchen.js';
import { marketplaceEvents } from './marketplace.js';
import { orderEvents } from './orders.js';
import { paymentEvents } from './payments.js';
import { pricingEvents } from './pricing.js';
import { printingEvents } from './printing.js';
import { stockEvents } from './stock.js';
import { storeEvents } from './store.js';
import { replicationEvents, systemEvents } from './system.js';
import { tableEvents } from './tables.js';

/** Every event type the store journals, by domain, in the order docs/events.md lists them. */
export const EVENT_DOMAINS = [
  { title: 'Auth', source: 'appliance/src/auth', events: authEvents },
  { title: 'Business day', source: 'appliance/src/business-day', events: businessDayEvents },
  { title: 'Catalog', source: 'appliance/src/catalog', events: catalogEvents },
  { title: 'Orders', source: 'appliance/src/orders', events: orderEvents },
  { title: 'Payments', source: 'appliance/src/payments', events: paymentEvents },
  { title: 'Cashier', source: 'appliance/src/cashier', events: cashierEvents },
  { title: 'Tables', source: 'appliance/src/tables', events: tableEvents },
  { title: 'Kitchen', source: 'appliance/src/kitchen', events: kitchenEvents },
  { title: 'Printing', source: 'appliance/src/printing', events: printingEvents },
  { title: 'Hardware', source: 'appliance/src/hardware', events: hardwareEvents },
  { title: 'Pricing', source: 'appliance/src/pricing', events: pricingEvents },
  { title: 'Stock', source: 'appliance/src/stock', events: stockEvents },
  { title: 'Customers', source: 'appliance/src/customers', events: customerEvents },
  { title: 'Marketplace', source: 'appliance/src/marketplace', events: marketplaceEvents },
  { title: 'Chat orders', source: 'appliance/src/chat', events: chatEvents },
  { title: 'Own delivery', source: 'appliance/src/delivery', events: deliveryEvents },
  { title: 'Fiscal documents', source: 'appliance/src/fiscal', events: fiscalEvents },
  { title: 'Store profile', source: 'appliance/src/workflows/store-profile.ts', events: storeEvents },
  { title: 'HQ configuration', source: 'appliance/src/workflows/hq-configuration.ts', events: configurationEvents },
  { title: 'Service dashboard', source: 'appliance/src/kernel/service-restart.ts', events: systemEvents },
  { title: 'Replication', source: 'appliance/src/replication/downstream-poller.ts', events: replicationEvents },
] as const;

type Definitions = (typeof EVENT_DOMAINS)[number]['events'][number];

/** Every journal event type name. */
export type EventType = Definitions['type'];

/** The payload of each event type, as its schema describes it. */
export type EventPayloads = { [D in Definitions as D['type']]: z.output<D['schema']> };
export type EventPayload<T extends EventType> = EventPayloads[T];

/** The aggregate each event type belongs to. */
export type EventAggregates = { [D in Definitions as D['type']]: D['aggregateType'] };

export const EVENT_DEFINITIONS: readonly EventDefinition[] = EVENT_DOMAINS.flatMap((domain): readonly EventDefinition[] => domain.events);

const byType = new Map<string, EventDefinition>(EVENT_DEFINITIONS.map((definition) => [definition.type, definition]));

/**
 * Each definition under its type name, with its exact schema type: a reader picks the fields it
 * needs from `EVENTS['order.created'].schema`, so a renamed field breaks that reader's compile.
 */
export const EVENTS = Object.fromEntries(byType) as { readonly [D in Definitions as D['type']]: D };

/** The definition of a type name, or undefined for a name the contract does not know. */
export function eventDefinition(type: string): EventDefinition | undefined {
  return byType.get(type);
}

/** Narrows a name read from the wire or a database to a known event type. */
export function isEventType(type: string): type is EventType {
  return byType.has(type);
}
