import type { AuthorizationResult, AuthorizeRequest, CardCancelRequest, CardCancelResult, CardPaymentProvider, RecoveryOutcome, SaleCompletedCheck } from '../devices/tef/index.js';

/**
 * The card provider payments should use: the store's configured TEF terminal, or `fallback` while
 * none is configured. It is resolved on every call, so configuring the terminal over HTTP takes
 * effect for the next payment without a restart.
 */
export class ConfiguredCardProvider implements CardPaymentProvider {
  constructor(
    private readonly configured: () => CardPaymentProvider | null,
    private readonly fallback: CardPaymentProvider,
  ) {}

  private get current(): CardPaymentProvider {
    return this.configured() ?? this.fallback;
  }

  authorize(request: AuthorizeRequest): Promise<AuthorizationResult> {
    return this.current.authorize(request);
  }

  confirm(transactionId: string): Promise<void> {
    return this.current.confirm(transactionId);
  }

  undo(transactionId: string): Promise<void> {
    return this.current.undo(transactionId);
  }

  recoverPending(isSaleCompleted: SaleCompletedCheck): Promise<RecoveryOutcome[]> {
    return this.current.recoverPending(isSaleCompleted);
  }

  cancel(request: CardCancelRequest): Promise<CardCancelResult> {
    return this.current.cancel(request);
  }
}
