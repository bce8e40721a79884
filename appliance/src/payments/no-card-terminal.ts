import type { AuthorizationResult, CardCancelRequest, CardCancelResult, CardPaymentProvider, RecoveryOutcome } from '../devices/tef/card-provider.js';
import { AppError } from '../kernel/errors.js';

/**
 * A store with no TEF configured (and not a demo): an integrated card tender is refused with a
 * message pointing the cashier to the standalone card machine, instead of approving a card nobody
 * charged. Nothing is ever pending, so confirm/undo have nothing to settle.
 */
export class NoCardTerminal implements CardPaymentProvider {
  async authorize(): Promise<AuthorizationResult> {
    throw new AppError('PAYMENT_TEF_NOT_CONFIGURED', 422);
  }

  async confirm(transactionId: string): Promise<void> {
    throw new AppError('PAYMENT_TEF_NOT_CONFIGURED', 422, 'PAYMENT_TEF_NOT_CONFIGURED', { transactionId });
  }

  async undo(transactionId: string): Promise<void> {
    throw new AppError('PAYMENT_TEF_NOT_CONFIGURED', 422, 'PAYMENT_TEF_NOT_CONFIGURED', { transactionId });
  }

  async recoverPending(): Promise<RecoveryOutcome[]> {
    return [];
  }

  async cancel(request: CardCancelRequest): Promise<CardCancelResult> {
    throw new AppError('PAYMENT_TEF_NOT_CONFIGURED', 422, 'PAYMENT_TEF_NOT_CONFIGURED', { transactionId: request.transactionId });
  }
}
