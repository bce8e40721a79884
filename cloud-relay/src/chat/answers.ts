import { z } from 'zod';
import { chatChannel } from '../../../appliance/contract/index.js';

/** The answers of the chat routes, for the OpenAPI document (built only when it is asked for). */
export const chatAccountAnswer = z.object({
  id: z.uuid(),
  storeId: z.uuid(),
  channel: chatChannel,
  platformAccountId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const chatAccountsAnswer = z.array(chatAccountAnswer);

export const chatWebhookAnswer = z.object({
  received: z.number().int().describe('Customer messages in the delivery'),
  new: z.number().int().describe('Stored and queued for their store now'),
  duplicates: z.number().int().describe('Already stored by an earlier delivery'),
  unrouted: z.number().int().describe('Addressed to an account no store has: dropped (logged)'),
});
