import { z } from 'zod';
import { storeProfileInput } from './store-profile.js';

/** Answers of the workflow routes for the OpenAPI document only: loaded when the document is built. */
export const storeProfileAnswer = storeProfileInput.extend({
  // As stored: digits only, the receipt texts as lists.
  cnpj: z.string().nullable(),
  ie: z.string().nullable(),
  receiptHeader: z.array(z.string()),
  receiptFooter: z.array(z.string()),
  timeZone: z.string(),
  updatedAt: z.string().nullable(),
});
