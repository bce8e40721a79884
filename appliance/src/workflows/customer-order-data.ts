import { assertCustomerTakesData } from '../customers/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { guardConsumerTaxIds } from '../orders/index.js';
import { tableExists } from './store-schema.js';

/**
 * Before personal data (a CPF na nota, a delivery address) is attached to an order: an order still
 * open when its customer was erased keeps the erased record's id so the day adds up, and the person
 * must not come back on it (409 CUSTOMER_ANONYMIZED, as a new order for that record is refused).
 * A store without the customers module names customers it keeps elsewhere: nothing to check then.
 */
export function assertOrderCustomerTakesData(tx: CommandTx, customerId: string | null): void {
  if (customerId && tableExists(tx.db, 'customers')) assertCustomerTakesData(tx, customerId);
}

/** The orders module asks before it takes a CPF na nota on an order. */
export function registerOrderCustomerDataGuard(ctx: ModuleContext): void {
  guardConsumerTaxIds(ctx.db, (tx, order) => assertOrderCustomerTakesData(tx, order.customerId));
}
