import { z } from 'zod';
import { defineEvent } from '../define-event.js';

export const configurationEvents = [
  defineEvent(
    'configuration.changed',
    'configuration',
    () => z.object({ key: z.string(), value: z.unknown(), messageId: z.string() }),
    "An HQ setting was applied (docs/relay.md, \"HQ settings\"), next to the owning module's own event.",
  ),
  defineEvent(
    'configuration.rejected',
    'configuration',
    () => z.object({ key: z.string(), messageId: z.string(), reason: z.enum(['UNKNOWN_KEY', 'INVALID_VALUE', 'INVALID_MESSAGE']), detail: z.string().nullable() }),
    'An HQ setting the store could not apply; nothing changed.',
  ),
  defineEvent(
    'configuration.product_change_applied',
    'product',
    () => z.object({ messageId: z.string(), productId: z.string() }),
    "An HQ price or availability push (`catalog.product_changed`) was taken, next to the catalog's own event when something changed.",
  ),
  defineEvent(
    'configuration.product_change_rejected',
    'product',
    () => z.object({
      messageId: z.string(),
      /** Empty when the message named no readable product. */
      productId: z.string(),
      /**
       * PRODUCT_NOT_FOUND: the store has no such product (dropped after HQ read its catalog);
       * DECIDED_AT_STORE: the store set the price and availability again after HQ decided them, and
       * keeps its own; INVALID_MESSAGE: the push could not be read.
       */
      reason: z.enum(['PRODUCT_NOT_FOUND', 'DECIDED_AT_STORE', 'INVALID_MESSAGE']),
    }),
    'An HQ price or availability push the store did not take; nothing changed.',
  ),
] as const;
