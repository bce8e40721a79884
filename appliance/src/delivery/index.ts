import type { ApplianceModule } from '../kernel/module.js';
import { deliveryMessages } from './messages.pt-BR.js';
import { deliveryMigrations } from './migrations.js';
import { registerDeliveryRoutes } from './routes.js';
import { sealedDeliveryAddresses } from './sealed-address.js';

export { assertDeliveryStatus, cancelDeliveryOfOrder, createDelivery, deliveriesOutOfTheDoor, dispatchDelivery, markDelivered, markReturned, settleCouriers, type NewDelivery, type PaidBeforeDispatch } from './delivery-commands.js';
export { matchZone } from './zone-match.js';
export { assertSeesDeliveryDestinations } from './routes.js';
export { saveCustomerAddress } from './setup-commands.js';
export { deliveryDataOfCustomer, forgetDeliveryDataInBackup, forgetDeliveryDataOfCustomer } from './customer-data.js';
export { addressSchema, DELIVERY_STATUSES, destinationSchema, findCourier, findDelivery, findDeliveryOfOrder, findSavedAddress, findZone, listDeliveriesOfDay, listZones, type CourierSettlement, type Delivery, type Destination, type SavedAddress } from './model.js';
/** The module's answer schemas, loaded only when the OpenAPI document is built. */
export const deliveryAnswers = () => import('./answers.js');

/** The store's own delivery: zones, couriers, customers' addresses, dispatch and the couriers' cash (docs/api.md, "Own delivery"). */
export const deliveryModule: ApplianceModule = {
  name: 'delivery',
  migrations: deliveryMigrations,
  messages: { 'pt-BR': deliveryMessages },
  register(ctx) {
    for (const column of Object.values(sealedDeliveryAddresses)) ctx.pii.register(column);
    registerDeliveryRoutes(ctx);
  },
};
