import { z } from 'zod';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { lazySchema } from '../../contract/lazy-schema.js';
import { assertCustomerTakesData } from '../customers/index.js';
import { addressSchema, deliveryAnswers, findSavedAddress, saveCustomerAddress, type SavedAddress } from '../delivery/index.js';
import { notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson } from '../kernel/http/validation.js';
import type { ModuleContext } from '../kernel/module.js';
import { hasTable } from './printing-consumer.js';
import { tableExists } from './store-schema.js';

const addressBody = lazySchema(() => z.object({ customerId: z.string().min(1).max(64), label: z.string().trim().max(40).nullable().default(null), address: addressSchema }));

/**
 * `POST /delivery/addresses`: a customer's delivery address (street, recipient, phone) is their
 * personal data, so it is saved only for a customer that exists and was not erased, in the same
 * transaction as the address: an anonymized record would collect a person again behind the erasure
 * that already ran (PATCH /customers/{id} refuses the same with 409 CUSTOMER_ANONYMIZED). A store
 * without the customers module names customers it keeps elsewhere: nothing to check here then.
 */
/**
 * The address is the customer's: the stored answer of a request with an Idempotency-Key holds only
 * its id, and every answer reads it as it is now (gone after the customer's erasure).
 */
function savedAddressNow(ctx: ModuleContext, id: string): SavedAddress {
  const saved = findSavedAddress(ctx.db, id);
  if (!saved) throw notFound('DELIVERY_ADDRESS_NOT_FOUND', { addressId: id });
  return saved;
}

export function registerDeliveryAddresses(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'delivery_addresses')) return;
  ctx.api.post('/delivery/addresses', routeDoc({ tag: 'delivery', summary: 'Save a delivery address for a customer (kept sealed)', body: addressBody, response: () => deliveryAnswers().then((a) => a.savedAddressResponse), status: 201, errors: { 404: ['CUSTOMER_NOT_FOUND', 'DELIVERY_ADDRESS_NOT_FOUND'], 409: ['CUSTOMER_ANONYMIZED'] } }), requirePermission('customers.manage'), async (c) => {
    const body = await readJson(c, addressBody);
    return runCommand(
      c,
      'delivery.save_address',
      (tx) => {
        if (tableExists(tx.db, 'customers')) assertCustomerTakesData(tx, body.customerId);
        return { id: saveCustomerAddress(tx, body.customerId, body.label, body.address).id };
      },
      201,
      ({ id }) => savedAddressNow(ctx, id),
    );
  });
}
