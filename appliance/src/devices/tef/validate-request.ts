import { AppError } from '../../kernel/errors.js';
import type { AuthorizeRequest, CardPrompt } from './card-provider.js';

const MAX_INSTALLMENTS = 99;
/** TEF Dial field 003-000 holds at most 12 digits of centavos. */
const MAX_AMOUNT_CENTS = 999_999_999_999;

export function validateAuthorizeRequest(request: AuthorizeRequest): void {
  const { transactionId, amountCents, method, installments } = request;
  if (typeof transactionId !== 'string' || transactionId.trim() === '') {
    throw new AppError('CARD_TRANSACTION_ID_REQUIRED', 400, 'CARD_TRANSACTION_ID_REQUIRED');
  }
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0 || amountCents > MAX_AMOUNT_CENTS) {
    throw new AppError('CARD_AMOUNT_INVALID', 400, 'CARD_AMOUNT_INVALID', { amountCents });
  }
  if (!['CREDIT', 'DEBIT', 'VOUCHER'].includes(method)) {
    throw new AppError('CARD_METHOD_INVALID', 400, 'CARD_METHOD_INVALID', { method });
  }
  if (installments !== undefined) {
    if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS) {
      throw new AppError('CARD_INSTALLMENTS_INVALID', 400, 'CARD_INSTALLMENTS_INVALID', { installments });
    }
    if (installments > 1 && method !== 'CREDIT') {
      throw new AppError('CARD_INSTALLMENTS_INVALID', 400, 'CARD_INSTALLMENTS_INVALID', { installments, method });
    }
  }
}

export function notPending(transactionId: string): AppError {
  return new AppError('CARD_TRANSACTION_NOT_PENDING', 409, 'CARD_TRANSACTION_NOT_PENDING', { transactionId });
}

/** Passes the terminal's progress to whoever follows it; a listener's failure never touches the payment. */
export function tellPrompt(request: AuthorizeRequest, prompt: CardPrompt): void {
  try {
    request.onPrompt?.(prompt);
  } catch {
    // The screen that follows a payment is a convenience: the authorization goes on without it.
  }
}
