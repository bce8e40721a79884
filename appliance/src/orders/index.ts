import type { ApplianceModule } from '../kernel/module.js';
import { orderMessages } from './messages.pt-BR.js';
import { orderMigrations } from './migrations.js';
import { registerOrderRoutes } from './routes.js';
import { sealedConsumerTaxIds } from './sealed-tax-id.js';

export { addOrderItems, confirmOrder, confirmOrderRound, createOrder, type CreateOrderInput } from './commands.js';
export { cancelOrderItem, type CancelledLine } from './cancel-item.js';
export { setOrderDeliveryFee } from './delivery-fee.js';
export { lowerLineDiscounts, type LineDiscountChange } from './line-discounts.js';
export { orderIdsOfCustomer, ordersOfCustomer } from './customer-orders.js';
export { getOrder, isSettled, orderChannel, orderItems, orderSchema, orderStatus, type ItemStatus, type NewOrderItem, type Order, type OrderItem, type OrderItemComponent, type OrderWriteOff } from './model.js';
export {
  checkTransition,
  ORDER_CHANNELS,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  transitionRoleOf,
  type OrderChannel,
  type OrderStatus,
} from './state-machine.js';
export { cancelOrder, followKitchen, markOrderPaid, returnFromDelivery, setOrderItemStatus, setOrderStatus, writeOffOrder, type WriteOffInput } from './transitions.js';
export { assertMayChange, isSelfService } from './guards.js';
export { statusWord as orderStatusWord } from './status-words.js';
export { readHandOverPolicy, DEFAULT_HAND_OVER_POLICY, HAND_OVER_MODES, type HandOverMode, type HandOverPolicy } from './hand-over.js';
export { applyOrderDiscount, moveOrderItems, setOrderTable } from './transfers.js';
export { forgetConsumerTaxIds, forgetConsumerTaxIdsInBackup, guardConsumerTaxIds, normalizeConsumerTaxId, setConsumerTaxId, taxIdAsSeenBy } from './consumer-tax-id.js';

export const ordersModule: ApplianceModule = {
  name: 'orders',
  migrations: orderMigrations,
  messages: { 'pt-BR': orderMessages },
  register(ctx) {
    ctx.pii.register(sealedConsumerTaxIds);
    registerOrderRoutes(ctx);
  },
};
