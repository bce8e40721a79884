import { z } from 'zod';
import { CHAT_INTENTS } from './parser/intent.js';

/** What POST /chat/parse answers (the envelope's `data`), for the OpenAPI document and the typed client. */
export const parsedMessageAnswer = z.object({
  intent: z.enum(CHAT_INTENTS),
  items: z.array(z.object({ productId: z.string(), quantity: z.number().int().min(1), optionIds: z.array(z.string()), notes: z.string().nullable() })),
  removedProductIds: z.array(z.string()),
  unresolved: z.array(z.string()),
});
