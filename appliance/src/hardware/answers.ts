import { z } from 'zod';

/** Answers of the hardware routes for the OpenAPI document only: loaded when the document is built. */
export const serialPortsAnswer = z.array(
  z.object({
    path: z.string(),
    stablePath: z.string().nullable(),
    vendorId: z.number().int().nullable(),
    productId: z.number().int().nullable(),
    profileIds: z.array(z.string()),
  }),
);
