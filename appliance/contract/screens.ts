import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

/**
 * The retained MQTT messages the customer-facing screens read (docs/web-apps.md). Neither is a
 * journal event: each is the current picture of a screen, replaced whole by the next one.
 */

const cents = lazySchema(() => z.number().int().min(0).max(100_000_000));

/** What the customer reads at the till, as the POS terminal sends it: the cart being built, then the PIX QR or the change. */
export const customerDisplayBody = lazySchema(() => z
  .object({
    phase: z.enum(['IDLE', 'CART', 'PIX', 'PAID']),
    lines: z
      .array(z.object({ name: z.string().min(1).max(120), detail: z.string().max(240), quantity: z.number().int().min(1).max(1_000_000), totalCents: cents }).strict())
      .max(200),
    totalCents: cents,
    /** The PIX copy-and-paste code while the QR waits to be paid. */
    pixCode: z.string().max(2000).nullish(),
    /** The gateway's QR image as a `data:image/png;base64,` address, when it sent one. */
    pixImage: z.string().max(200_000).regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/).nullish(),
    changeCents: cents.nullish(),
  })
  .strict());
export type CustomerDisplayBody = z.infer<typeof customerDisplayBody>;

/** `store/{storeId}/displays/{terminalId}`, retained. */
export type CustomerDisplayMessage = CustomerDisplayBody & { terminalId: string; publishedAt: string };

/** `store/{storeId}/board/orders`, retained: order numbers only, never a person's data. */
export interface OrderBoardView {
  /** In confirmation order, the oldest first; at most 40. */
  preparing: { number: number }[];
  /** The newest first; at most 40. */
  ready: { number: number; readyAt: string }[];
  updatedAt: string;
}

/**
 * `store/{storeId}/card-prompts/{orderId}`, not retained: what the TEF terminal is doing during a
 * card payment of that order, as it happens, for the cashier's screen. `text` is the terminal's
 * own message for MESSAGE, null otherwise. Not journaled: it changes no state.
 */
export interface CardPromptMessage {
  orderId: string;
  stage: 'SENT' | 'ACCEPTED' | 'MESSAGE';
  text: string | null;
  at: string;
}

export const cardPromptTopic = (storeId: string, orderId: string): string => `store/${storeId}/card-prompts/${orderId}`;
