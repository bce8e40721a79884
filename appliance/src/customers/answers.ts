import { z } from 'zod';
import { DATA_REQUEST_KINDS } from './data-requests.js';

/** Answers of the customer routes for the OpenAPI document only: loaded when the document is built. */

/** A customer as the API answers it (`Customer`): personal fields opened, null when not given or erased. */
export const customerAnswer = z.object({
  id: z.string(),
  name: z.string(),
  cpf: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  addresses: z.array(
    z.object({
      label: z.string().optional(),
      street: z.string(),
      number: z.string().optional(),
      complement: z.string().optional(),
      district: z.string().optional(),
      city: z.string(),
      state: z.string(),
      postalCode: z.string().optional(),
    }),
  ),
  marketingConsent: z.boolean(),
  consentAt: z.string().nullable(),
  anonymizedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** One data-subject request, as the customer's history lists it. */
export const dataRequestAnswer = z.object({
  id: z.string(),
  customerId: z.string(),
  kind: z.enum(DATA_REQUEST_KINDS),
  channel: z.string(),
  requestedAt: z.string(),
  dueAt: z.string(),
  completedAt: z.string().nullable(),
  handledBy: z.string().nullable(),
  handledByName: z.string().nullable(),
  notes: z.string().nullable(),
});
