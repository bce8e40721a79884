import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

const address = lazySchema(() => z.object({ street: z.string(), number: z.string(), complement: z.string().optional(), district: z.string(), city: z.string(), uf: z.string(), cep: z.string() }));

export const storeEvents = [
  defineEvent(
    'store.profile_changed',
    'store',
    () => z.object({
      profile: z.object({
        name: z.string(),
        legalName: z.string().nullable(),
        cnpj: z.string().nullable(),
        ie: z.string().nullable(),
        address: address.nullable(),
        phone: z.string().nullable(),
        /** What the chat bot answers when asked the opening hours (absent before they were kept). */
        openingHours: z.string().nullable().optional(),
        serviceChargeBp: z.number().int(),
        receiptHeader: z.array(z.string()),
        receiptFooter: z.array(z.string()),
        updatedAt: z.string(),
      }),
    }),
    'The back office saved the store profile (name, company ids, address, opening hours, service charge, receipt texts).',
  ),
] as const;
