import type { Context } from 'hono';
import { requireOpenSession } from '../cashier/index.js';
import type { CardMethod } from '../devices/tef/card-provider.js';
import type { Db } from '../kernel/db/open.js';
import { runCommand, storedAnswer } from '../kernel/http/command-route.js';
import type { AppEnv } from '../kernel/http/env.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { cardPromptPublisher } from './card-prompts.js';
import { authorizeCard, cardDetails, orderBalance, paymentsRuntimeOf, settleAmounts, settleCard, type TenderInput } from '../payments/index.js';
import type { Actor } from '../kernel/journal/event.js';
import { payableOrder } from './order-payment.js';

/** What a tender asks for before anything is charged: the method and the amount (absent: the rest of the bill). */
export interface TenderAsk {
  method: TenderInput['method'];
  amountCents?: number;
  /** Only cash takes more than it pays (change): anything else asking for it is refused before the card. */
  tenderedCents?: number;
  /** The drawer named by the till; absent: the caller's open drawer, if any. */
  cashierSessionId?: string | null;
}

interface CardAtTerminal {
  drawerId: string;
  orderId: string;
}

/** Cards the terminal is working on, per store database, by the drawer each will be booked in. */
const cardsAtTerminal = new WeakMap<Db, Set<CardAtTerminal>>();

/** A card at the terminal that will be booked in this drawer, if any: the drawer's close waits for it. */
export function cardInProgressOnDrawer(db: Db, drawerId: string): CardAtTerminal | null {
  for (const card of cardsAtTerminal.get(db) ?? []) if (card.drawerId === drawerId) return card;
  return null;
}

/** Marks the card as at the terminal until the returned release is called. */
function trackCardAtTerminal(db: Db, card: CardAtTerminal): () => void {
  let cards = cardsAtTerminal.get(db);
  if (!cards) {
    cards = new Set();
    cardsAtTerminal.set(db, cards);
  }
  cards.add(card);
  return () => cards.delete(card);
}

/**
 * The tender checked as its command will check it (the order payable, the open day, the caller's
 * open drawer, the amount against the bill) before any card or gateway is charged: a tender the
 * command would refuse never has the customer type a PIN for an approval that is then reversed.
 */
function precheck(ctx: ModuleContext, actor: Actor | null, orderId: string, ask: TenderAsk): { amountCents: number; drawerId: string | null } {
  const { order, session } = payableOrder({ db: ctx.db, actor }, orderId, ask.method, ask.cashierSessionId);
  const remaining = orderBalance(ctx.db, orderId, order.totalCents).remainingCents;
  const { amountCents } = settleAmounts({ method: ask.method, amountCents: ask.amountCents ?? remaining, tenderedCents: ask.tenderedCents }, remaining);
  return { amountCents, drawerId: session?.id ?? null };
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

export const precheckOrReplay = (c: Context<AppEnv>, ctx: ModuleContext, orderId: string, ask: TenderAsk) =>
  checkedOrReplay(c, () => precheck(ctx, c.get('actor') ?? null, orderId, ask).amountCents);

/**
 * What the card tender's command books once the terminal approved `amountCents` of the bill plus
 * `surchargeCents` (the tab's service charge share, kept apart from the order's goods).
 */
export type BookCard = (tx: CommandTx, orderId: string, amountCents: number, provider: Pick<TenderInput, 'provider' | 'providerRef' | 'paymentId' | 'details'>, surchargeCents: number) => unknown;

interface CheckedCard {
  orderId: string;
  amountCents: number;
  surchargeCents: number;
  /** The drawer when the card started: the sale goes in it or nowhere (the card is undone). */
  drawerId: string | null;
}

/**
 * A card through the TEF terminal: the order (`orderOf`) and the amount are checked, the terminal authorizes, the command
 * books the sale, then the terminal is told to confirm (committed) or undo (refused or replayed).
 * The terminal's progress goes to the screens on `card-prompts/{orderId}` while it works.
 * A declined or timed-out card throws before anything is booked. While the customer is at the
 * terminal the card's drawer does not close: a card approved after its drawer's count would be in no count.
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
  const checked = await checkedOrReplay(c, (): CheckedCard => {
    const orderId = orderOf();
    const { amountCents, drawerId } = precheck(ctx, c.get('actor') ?? null, orderId, ask);
    return { orderId, amountCents, surchargeCents: surchargeOf(orderId, amountCents), drawerId };
  });
  if (checked instanceof Response) return checked;
  const release = checked.drawerId ? trackCardAtTerminal(ctx.db, { drawerId: checked.drawerId, orderId: checked.orderId }) : undefined;
  try {
    return await authorizeAndBook(c, ctx, command, checked, ask, book);
  } finally {
    release?.();
  }
}

async function authorizeAndBook(c: Context<AppEnv>, ctx: ModuleContext, command: string, checked: CheckedCard, ask: TenderAsk & { installments?: number }, book: BookCard): Promise<Response> {
  const { orderId, amountCents, surchargeCents, drawerId } = checked;
  const runtime = paymentsRuntimeOf(ctx);
  const auth = await authorizeCard(runtime.card, ask.method as CardMethod, amountCents + surchargeCents, ask.installments, cardPromptPublisher(ctx, orderId));
  let response: Response;
  try {
    response = await runCommand(
      c,
      command,
      (tx) => {
        // Whatever closed the drawer meanwhile, the card is undone rather than booked in no drawer.
        if (drawerId) requireOpenSession(tx, drawerId);
        return book(tx, orderId, amountCents, { paymentId: auth.paymentId, provider: 'TEF', providerRef: auth.result.nsu, details: cardDetails(auth) }, surchargeCents);
      },
      201,
    );
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
