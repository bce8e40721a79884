import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

/** No customer event names a person: no name, CPF, phone, e-mail, address or free-text note. */
const customerView = lazySchema(() => z.object({ customerId: z.string(), marketingConsent: z.boolean(), anonymized: z.boolean() }));

export const customerEvents = [
  defineEvent('customer.registered', 'customer', () => customerView, 'A customer was registered.'),
  defineEvent('customer.updated', 'customer', () => customerView, "A customer's data or consent changed."),
  defineEvent(
    'customer.anonymized',
    'customer',
    () => customerView,
    "A customer's personal data was erased; the relay also clears `customer_id` on their orders in `pos_modern.orders`.",
  ),
  defineEvent(
    'customer.data_request_handled',
    'customer',
    () => z.object({
      requestId: z.string(),
      customerId: z.string(),
      kind: z.enum(['ACCESS', 'CORRECTION', 'ANONYMIZATION', 'DELETION']),
      channel: z.string(),
      requestedAt: z.string(),
      dueAt: z.string(),
      completedAt: z.string(),
    }),
    "An LGPD data subject request was handled; actor = who handled it.",
  ),
  defineEvent(
    'customer.pii_key_rotated',
    'pii_key',
    () => z.object({ keyId: z.string(), resealed: z.number().int(), resealedByStore: z.record(z.string(), z.number().int()) }),
    'The personal-data key was rotated: `resealed` sealed values were re-encrypted, `resealedByStore` per sealed store (`customers`, `orders.consumer_tax_id`, `print_jobs.payload`, `fiscal_documents.<column>`, `idempotency_keys.response`; docs/security.md).',
  ),
] as const;
