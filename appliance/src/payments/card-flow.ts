import type { AuthorizationResult, CardMethod, CardPaymentProvider, CardPrompt } from '../devices/tef/card-provider.js';
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
    ...(auth.result.simulated ? { simulated: true } : {}),
  };
}
