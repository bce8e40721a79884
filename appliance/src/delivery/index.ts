import type { ApplianceModule } from '../kernel/module.js';
import { startHourlyRetention } from '../kernel/pii/hourly-retention.js';
import { deliveryMessages } from './messages.pt-BR.js';
import { deliveryMigrations } from './migrations.js';
import { destinationsPastRetention, forgetDestinationsPastRetention } from './retention.js';
import { registerDeliveryRoutes } from './routes.js';
import { sealedDeliveryAddresses } from './sealed-address.js';

export { assertDeliveryStatus, cancelDeliveryOfOrder, createDelivery, deliveriesOutOfTheDoor, dispatchDelivery, markDelivered, markReturned, setDeliveryChangeFor, settleCouriers, type NewDelivery, type OrderToDeliver, type PaidBeforeDispatch } from './delivery-commands.js';
export { matchZone } from './zone-match.js';
export { assertSeesDeliveryDestinations } from './routes.js';
export { saveCustomerAddress } from './setup-commands.js';
export { deliveryDataOfCustomer, forgetDeliveryDataInBackup, forgetDeliveryDataOfCustomer } from './customer-data.js';
export { DESTINATION_RETENTION_DAYS } from './retention.js';
export { addressSchema, DELIVERY_STATUSES, destinationSchema, findCourier, findDelivery, findDeliveryOfOrder, findSavedAddress, findZone, listDeliveriesOfDay, listZones, type CourierSettlement, type Delivery, type Destination, type SavedAddress } from './model.js';
/** The module's answer schemas, loaded only when the OpenAPI document is built. */
export const deliveryAnswers = () => import('./answers.js');

const timers = new Set<NodeJS.Timeout>();

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
    timers.add(startHourlyRetention(ctx, { command: 'delivery.forget_destinations', module: 'delivery', isDue: destinationsPastRetention, forget: forgetDestinationsPastRetention }));
  },
  stop: async () => {
    for (const timer of timers) clearInterval(timer);
    timers.clear();
  },
};
