/**
 * The contract between the store's writers and readers: journal event types and payload schemas,
 * and the messages HQ sends down. Imported by the appliance, the cloud relay and the browser web
 * apps; it depends on zod only, never on either process's runtime (contract-boundary.test.ts).
 */
export { defineEvent, type EventDefinition } from './define-event.js';
export * from './chat.js';
export { MAX_PUSHED_PRICE_CENTS, productChangedMessageSchema, receiptLinesSchema, STORE_CATALOG_ID, type DownstreamMessage, type ProductChangedMessage } from './downstream.js';
export { isSafeText } from './safe-text.js';
export {
  matchesPattern,
  type ActorType,
  type EventPattern,
  type JournalEvent,
  type MatchingType,
  type NewEvent,
} from './events/journal-event.js';
export {
  EVENT_DEFINITIONS,
  EVENT_DOMAINS,
  EVENTS,
  eventDefinition,
  isEventType,
  type EventAggregates,
  type EventPayload,
  type EventPayloads,
  type EventType,
} from './events/registry.js';
export { cashierCloseReportSchema, cashierLimitsSchema, drawerOpeningSchema } from './events/cashier.js';
export { zReportSchema } from './events/business-day.js';
export { kitchenStationSchema, kitchenTicketEventPayload, kitchenTicketSchema } from './events/kitchen.js';
export { orderItemSchema } from './events/orders.js';
export { orderSettledPayload } from './events/payments.js';
export { pricingRuleSchema, ruleTarget } from './events/pricing.js';
export { printerConfigSchema, printRoutingSchema } from './events/printing.js';
