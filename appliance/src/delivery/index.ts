import type { ApplianceModule, ModuleContext } from '../kernel/module.js';
import { deliveryMessages } from './messages.pt-BR.js';
import { deliveryMigrations } from './migrations.js';
import { destinationsPastRetention, forgetDestinationsPastRetention } from './retention.js';
import { registerDeliveryRoutes } from './routes.js';
import { sealedDeliveryAddresses } from './sealed-address.js';

export { assertDeliveryStatus, cancelDeliveryOfOrder, createDelivery, deliveriesOutOfTheDoor, dispatchDelivery, markDelivered, markReturned, settleCouriers, type NewDelivery, type OrderToDeliver, type PaidBeforeDispatch } from './delivery-commands.js';
export { matchZone } from './zone-match.js';
export { assertSeesDeliveryDestinations } from './routes.js';
export { saveCustomerAddress } from './setup-commands.js';
export { deliveryDataOfCustomer, forgetDeliveryDataInBackup, forgetDeliveryDataOfCustomer } from './customer-data.js';
export { DESTINATION_RETENTION_DAYS } from './retention.js';
export { addressSchema, DELIVERY_STATUSES, destinationSchema, findCourier, findDelivery, findDeliveryOfOrder, findSavedAddress, findZone, listDeliveriesOfDay, listZones, type CourierSettlement, type Delivery, type Destination, type SavedAddress } from './model.js';
/** The module's answer schemas, loaded only when the OpenAPI document is built. */
export const deliveryAnswers = () => import('./answers.js');

const RETENTION_CHECK_MS = 60 * 60_000;
const timers = new Set<NodeJS.Timeout>();

/** Forgets the recipients of deliveries past their retention; the writer only when one is due. */
function forgetPastRetention(ctx: ModuleContext): void {
  if (!destinationsPastRetention(ctx.db, ctx.clock.now())) return;
  ctx.commands
    .run('delivery.forget_destinations', forgetDestinationsPastRetention, { actor: { type: 'system', id: 'delivery' } })
    .catch((error) => ctx.logger.warn({ err: error }, 'delivery destination retention pass failed'));
}

/** The store's own delivery: zones, couriers, customers' addresses, dispatch and the couriers' cash (docs/api.md, "Own delivery"). */
export const deliveryModule: ApplianceModule = {
  name: 'delivery',
  migrations: deliveryMigrations,
  messages: { 'pt-BR': deliveryMessages },
  register(ctx) {
    for (const column of Object.values(sealedDeliveryAddresses)) ctx.pii.register(column);
    registerDeliveryRoutes(ctx);
  },
  // A delivery's recipient, phone and street are forgotten a week after it ended: at start and every hour.
  start: async (ctx) => {
    forgetPastRetention(ctx);
    const retention = setInterval(() => forgetPastRetention(ctx), RETENTION_CHECK_MS);
    retention.unref();
    timers.add(retention);
  },
  stop: async () => {
    for (const timer of timers) clearInterval(timer);
    timers.clear();
  },
};
