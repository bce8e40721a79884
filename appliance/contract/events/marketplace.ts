import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const platform = lazySchema(() => z.enum(['IFOOD', 'OPEN_DELIVERY', 'RAPPI', 'UBER_EATS']));
const cents = lazySchema(() => z.number().int());
const order = { marketplaceOrderId: z.string(), platform };

export const marketplaceEvents = [
  defineEvent(
    'marketplace.order_received',
    'marketplace_order',
    () => z.object({
      ...order,
      platformOrderId: z.string(),
      displayId: z.string(),
      itemCount: z.number().int(),
      unmappedCount: z.number().int(),
      subtotalCents: cents,
      deliveryFeeCents: cents,
      totalCents: cents,
      prepaid: z.boolean(),
      confirmDeadline: z.string().nullable(),
    }),
    'A delivery platform sent an order.',
  ),
  defineEvent(
    'marketplace.order_refused',
    'marketplace_order',
    () => z.object({ messageId: z.string(), issues: z.array(z.string()) }),
    'A platform order the store could not read; `issues` say why.',
  ),
  defineEvent(
    'marketplace.order_linked',
    'marketplace_order',
    () => z.object({ ...order, orderId: z.string(), platformOrderId: z.string() }),
    'The platform order became a store order (`orderId`).',
  ),
  defineEvent(
    'marketplace.order_flagged',
    'marketplace_order',
    () => z.object({ ...order, attention: z.enum(['UNMAPPED_ITEMS', 'BUSINESS_DAY_CLOSED']) }),
    'The order waits for the operator: items without a store product, or no business day open.',
  ),
  defineEvent(
    'marketplace.order_accepted',
    'marketplace_order',
    () => z.object({ ...order, orderId: z.string().nullable(), automatic: z.boolean() }),
    'The store accepted the order, by hand or automatically.',
  ),
  defineEvent(
    'marketplace.order_cancelled',
    'marketplace_order',
    () => z.object({ ...order, orderId: z.string().nullable(), code: z.string().nullable(), by: z.enum(['PLATFORM', 'STORE']) }),
    'The order was cancelled: by the platform (customer, platform or timeout; `code` is its own), or with its store order (`STORE`: at the POS, or by the day close).',
  ),
  defineEvent(
    'marketplace.order_deadline_near',
    'marketplace_order',
    () => z.object({ marketplaceOrderId: z.string(), platform: z.string(), displayId: z.string(), confirmDeadline: z.string(), secondsLeft: z.number().int() }),
    'An order waiting for the operator nears the platform confirmation deadline.',
  ),
  defineEvent(
    'marketplace.customer_data_forgotten',
    'store',
    () => z.object({ count: z.number().int(), receivedBefore: z.string() }),
    'The customers (name, phone, address) of the orders received before `receivedBefore` were forgotten: they are kept for the delivery, 7 days.',
  ),
  defineEvent(
    'marketplace.item_mapped',
    'marketplace_mapping',
    () => z.object({ platform, externalCode: z.string(), productId: z.string() }),
    'A platform item code was mapped to a store product.',
  ),
  defineEvent(
    'marketplace.auto_accept_changed',
    'store',
    () => z.object({ autoAccept: z.record(platform, z.boolean()) }),
    'Which platforms have their orders accepted automatically.',
  ),
] as const;
