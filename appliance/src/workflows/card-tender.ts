import type { Context } from 'hono';
import type { CardMethod } from '../devices/tef/card-provider.js';
import { notFound } from '../kernel/errors.js';
import { runCommand, storedAnswer } from '../kernel/http/command-route.js';
import type { AppEnv } from '../kernel/http/env.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import { cardPromptPublisher } from './card-prompts.js';
import { authorizeCard, cardDetails, orderBalance, paymentsRuntimeOf, settleAmounts, settleCard, type TenderInput } from '../payments/index.js';

/** What a tender asks for before anything is charged: the method and the amount (absent: the rest of the bill). */
export interface TenderAsk {
  method: TenderInput['method'];
  amountCents?: number;
}

/** The tender amount checked against the bill before any card or gateway is charged (re-checked in the command). */
function precheck(ctx: ModuleContext, orderId: string, ask: TenderAsk): number {
  const order = getOrder(ctx.db, orderId);
  if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
  const remaining = orderBalance(ctx.db, orderId, order.totalCents).remainingCents;
  return settleAmounts({ method: ask.method, amountCents: ask.amountCents ?? remaining }, remaining).amountCents;
}

/**
 * A retry with an Idempotency-Key of a tender that went through is answered from the store before
 * anything is checked or charged (the card terminal would ask for the card again). A retry racing
 * its first call past that would fail the checks once the first paid the order; routing the
 * failure through the command lets the kernel answer with the stored response instead.
 */
export async function checkedOrReplay<T>(c: Context<AppEnv>, check: () => T): Promise<T | Response> {
  const stored = await storedAnswer(c);
  if (stored) return stored;
  try {
    return check();
  } catch (error) {
    if (c.req.header('idempotency-key') === undefined) throw error;
    return runCommand(c, 'payments.replay', () => {
      throw error;
    });
  }
}

export const precheckOrReplay = (c: Context<AppEnv>, ctx: ModuleContext, orderId: string, ask: TenderAsk) => checkedOrReplay(c, () => precheck(ctx, orderId, ask));

/**
 * What the card tender's command books once the terminal approved `amountCents` of the bill plus
 * `surchargeCents` (the tab's service charge share, kept apart from the order's goods).
 */
export type BookCard = (tx: CommandTx, orderId: string, amountCents: number, provider: Pick<TenderInput, 'provider' | 'providerRef' | 'paymentId' | 'details'>, surchargeCents: number) => unknown;

/**
 * A card through the TEF terminal: the order (`orderOf`) and the amount are checked, the terminal authorizes, the command
 * books the sale, then the terminal is told to confirm (committed) or undo (refused or replayed).
 * The terminal's progress goes to the screens on `card-prompts/{orderId}` while it works.
 * A declined or timed-out card throws before anything is booked.
 */
export async function chargeCard(
  c: Context<AppEnv>,
  ctx: ModuleContext,
  command: string,
  orderOf: () => string,
  ask: TenderAsk & { installments?: number },
  book: BookCard,
  surchargeOf: (orderId: string, amountCents: number) => number = () => 0,
): Promise<Response> {
  const checked = await checkedOrReplay(c, () => {
    const orderId = orderOf();
    const amountCents = precheck(ctx, orderId, ask);
    return { orderId, amountCents, surchargeCents: surchargeOf(orderId, amountCents) };
  });
  if (checked instanceof Response) return checked;
  const { orderId, amountCents, surchargeCents } = checked;
  const runtime = paymentsRuntimeOf(ctx);
  const auth = await authorizeCard(runtime.card, ask.method as CardMethod, amountCents + surchargeCents, ask.installments, cardPromptPublisher(ctx, orderId));
  let response: Response;
  try {
    response = await runCommand(c, command, (tx) => book(tx, orderId, amountCents, { paymentId: auth.paymentId, provider: 'TEF', providerRef: auth.result.nsu, details: cardDetails(auth) }, surchargeCents), 201);
  } catch (error) {
    await settleCard(runtime.card, auth, false);
    throw error;
  }
  await settleCard(runtime.card, auth, response.headers.get('idempotent-replayed') !== 'true').catch((error: unknown) => {
    // The sale is committed; recoverPending at the next start confirms it from the payments table.
    ctx.logger.error({ err: error, paymentId: auth.paymentId }, 'card confirmation failed');
  });
  return response;
}
