import { z } from 'zod';

/** Answers of the marketplace routes (the envelope's `data`) for the OpenAPI document and its tests. */
export const webhookReceivedAnswer = z.object({ received: z.number().int(), new: z.number().int() });

const connection = z.object({
  id: z.string(),
  storeId: z.string(),
  platform: z.string(),
  merchantId: z.string(),
  mode: z.enum(['POLLING', 'WEBHOOK']),
  /** The platform's API for this store when it has no single one (each Open Delivery app has its own). */
  apiUrl: z.string().nullable(),
});

/** The connection (never its credentials) and the webhook path to give the platform. */
export const savedConnectionAnswer = z.object({ connection, webhookPath: z.string() });

export const connectionsAnswer = z.array(connection.extend({ webhookPath: z.string() }));

/** Orders refused at their platform for details the relay could not read: `reason` for support, `message` for people. */
export const unreadableOrdersAnswer = z.array(
  z.object({ platform: z.string(), platformOrderId: z.string(), refusedAt: z.string(), reason: z.string(), message: z.string() }),
);
