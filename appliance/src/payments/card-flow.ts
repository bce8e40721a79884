import type { AuthorizationResult, CardMethod, CardPaymentProvider, CardPrompt, NetworkDateTime } from '../devices/tef/card-provider.js';
import type { Payment } from './types.js';
import { AppError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';

export interface CardAuthorization {
  paymentId: string;
  result: AuthorizationResult;
}

/**
 * Step 1, before the command: the TEF authorization for exactly this amount. A decline, a
 * timeout or a partial approval (undone at once) never reaches the database.
 */
export async function authorizeCard(card: CardPaymentProvider, method: CardMethod, amountCents: number, installments?: number, onPrompt?: (prompt: CardPrompt) => void): Promise<CardAuthorization> {
  const paymentId = newId();
  const result = await card.authorize({ transactionId: paymentId, amountCents, method, installments, onPrompt });
  if (result.status === 'TIMEOUT') throw new AppError('PAYMENT_CARD_TIMEOUT', 422, 'PAYMENT_CARD_TIMEOUT', { cause: result.timeoutCause });
  if (result.status === 'DECLINED') {
    throw new AppError('PAYMENT_CARD_DECLINED', 422, 'PAYMENT_CARD_DECLINED', { operatorMessage: result.operatorMessage }, { message: result.operatorMessage ?? 'negado' });
  }
  if (result.approvedAmountCents !== amountCents) {
    await card.undo(paymentId);
    throw new AppError('PAYMENT_CARD_PARTIAL', 422, 'PAYMENT_CARD_PARTIAL', { approvedAmountCents: result.approvedAmountCents });
  }
  return { paymentId, result };
}

/**
 * Step 3, after the command: confirm when the payment committed, undo when it did not. If the
 * appliance dies in between, `recoverPending` at start settles it from the payments table.
 */
export async function settleCard(card: CardPaymentProvider, auth: CardAuthorization, committed: boolean): Promise<void> {
  if (committed) await card.confirm(auth.paymentId);
  else await card.undo(auth.paymentId);
}

export function cardDetails(auth: CardAuthorization): Record<string, unknown> {
  return {
    nsu: auth.result.nsu,
    authorizationCode: auth.result.authorizationCode,
    network: auth.result.network,
    installments: auth.result.installments,
    receiptLines: auth.result.receiptLines,
    ...(auth.result.networkDateTime ? { networkDateTime: auth.result.networkDateTime } : {}),
    ...(auth.result.simulated ? { simulated: true } : {}),
  };
}

/** What became of a TEF card refund at the terminal; a failure names its message (catalog key and params). */
export type CardRefundOutcome =
  | { status: 'DONE'; operatorMessage: string | null; receiptLines: string[] }
  | { status: 'FAILED'; messageKey: string; params: Record<string, string | number> };

/**
 * After the refund of a TEF card payment is booked: the money goes back on the customer's card by
 * cancelling the transaction at the network (estorno). A card transaction is cancelled whole, so
 * only a refund of all the card took (`chargedCents`: its goods, plus a tab's service charge share
 * when it took one) is sent to the terminal. A part, a refusal or a terminal that does not answer
 * is reported for the cashier to give the money back another way (the refund stays booked).
 */
export async function refundOnCard(card: CardPaymentProvider, payment: Payment, amountCents: number, chargedCents = payment.amountCents): Promise<CardRefundOutcome> {
  const wholeCard = amountCents === chargedCents && payment.refundedCents === chargedCents;
  if (!wholeCard || !payment.providerRef) return { status: 'FAILED', messageKey: 'PAYMENT_CARD_REFUND_PARTIAL', params: {} };
  const network = typeof payment.details.network === 'string' ? payment.details.network : null;
  try {
    const result = await card.cancel({ transactionId: payment.id, nsu: payment.providerRef, network, amountCents: chargedCents, ...networkDateTimeOf(payment) });
    if (!result.approved) return { status: 'FAILED', messageKey: 'PAYMENT_CARD_REFUND_DECLINED', params: { message: result.operatorMessage ?? 'negado' } };
    return { status: 'DONE', operatorMessage: result.operatorMessage, receiptLines: result.receiptLines };
  } catch (error) {
    return error instanceof AppError
      ? { status: 'FAILED', messageKey: error.messageKey, params: error.params }
      : { status: 'FAILED', messageKey: 'PAYMENT_CARD_REFUND_FAILED', params: {} };
  }
}

/** The approval's date and time at the network, as its details kept them (payments before they were kept have none). */
function networkDateTimeOf(payment: Payment): { networkDateTime?: NetworkDateTime } {
  const kept = payment.details.networkDateTime as Partial<NetworkDateTime> | undefined;
  return typeof kept?.date === 'string' && typeof kept.time === 'string' ? { networkDateTime: { date: kept.date, time: kept.time } } : {};
}
