/**
 * Port the payments module uses to take card payments, whatever sits behind
 * it (TEF Dial manager, virtual provider). Amounts are integer centavos.
 *
 * Lifecycle: `authorize` → the sale commits → `confirm`; if the sale does not
 * complete, `undo`. An approval that is neither confirmed nor undone (the
 * appliance died in between) is settled by `recoverPending` on start, which
 * asks the caller whether the sale completed.
 */
export type CardMethod = 'CREDIT' | 'DEBIT' | 'VOUCHER';

/**
 * What the terminal is doing during one authorization, as it happens, for the cashier's screen:
 * the request handed to the terminal (SENT), the terminal working on it (ACCEPTED: the customer is
 * at the card reader), and each message the terminal shows (MESSAGE, its own pt-BR text).
 */
export type CardPrompt = { stage: 'SENT' } | { stage: 'ACCEPTED' } | { stage: 'MESSAGE'; text: string };

export interface AuthorizeRequest {
  /** The payment's id in our system; confirm/undo/recovery refer to it. */
  transactionId: string;
  amountCents: number;
  method: CardMethod;
  /** Number of instalments (credit only); 1 or absent = à vista. */
  installments?: number;
  /** Hears the terminal's progress and messages; never allowed to fail the authorization. */
  onPrompt?: (prompt: CardPrompt) => void;
}

export type AuthorizationStatus = 'APPROVED' | 'DECLINED' | 'TIMEOUT';

/** MANAGER_INACTIVE: the request was never picked up (nothing charged). NO_RESPONSE: picked up, no answer in time (undone). */
export type AuthorizationTimeoutCause = 'MANAGER_INACTIVE' | 'NO_RESPONSE';

export interface AuthorizationResult {
  transactionId: string;
  status: AuthorizationStatus;
  /** What the network approved; may be less than requested (partial approval), 0 unless APPROVED. */
  approvedAmountCents: number;
  nsu: string | null;
  authorizationCode: string | null;
  /** Acquirer / network name as the manager reports it (field 010-000). */
  network: string | null;
  installments: number;
  /** Receipt text to print for the customer (TEF Dial fields 029-xxx). */
  receiptLines: string[];
  /** Message for the operator, as sent by the manager (field 030-000), in pt-BR. */
  operatorMessage: string | null;
  /** When the network recorded the approval, as it wrote it (TEF Dial 022-000 DDMMAAAA, 023-000 HHMMSS); kept for its cancellation. */
  networkDateTime?: NetworkDateTime;
  timeoutCause?: AuthorizationTimeoutCause;
  /** Set by the virtual provider of demo and test stores: no card was charged. */
  simulated?: boolean;
}

export type SaleCompletedCheck = (transactionId: string) => boolean | Promise<boolean>;

export interface RecoveryOutcome {
  transactionId: string;
  action: 'CONFIRMED' | 'UNDONE';
}

/** A transaction's date and time at the network, in the network's own form. */
export interface NetworkDateTime {
  /** DDMMAAAA */
  date: string;
  /** HHMMSS */
  time: string;
}

/** A confirmed card transaction to cancel (estorno), as the payment keeps it. */
export interface CardCancelRequest {
  /** The payment's id in our system (the transaction's document). */
  transactionId: string;
  nsu: string;
  network: string | null;
  /** The transaction's whole amount: a card transaction is cancelled whole. */
  amountCents: number;
  /** The original's date and time at the network, when its approval gave them (the manager asks the operator otherwise). */
  networkDateTime?: NetworkDateTime;
}

export interface CardCancelResult {
  approved: boolean;
  /** The terminal's own pt-BR message (the reason of a refusal). */
  operatorMessage: string | null;
  /** The cancellation slip to print for the customer. */
  receiptLines: string[];
}

export interface CardPaymentProvider {
  authorize(request: AuthorizeRequest): Promise<AuthorizationResult>;
  /**
   * Tells the network the sale completed. TEF Dial expects the receipt lines to
   * be printed first. Throws CARD_TRANSACTION_NOT_PENDING for an unknown id.
   */
  confirm(transactionId: string): Promise<void>;
  /** Tells the network to reverse an approval whose sale did not complete. */
  undo(transactionId: string): Promise<void>;
  /** Settles approvals left pending by a crash: confirm when the sale completed, undo otherwise. */
  recoverPending(isSaleCompleted: SaleCompletedCheck): Promise<RecoveryOutcome[]>;
  /** Cancels a confirmed transaction at the network (estorno), the money back on the customer's card. */
  cancel(request: CardCancelRequest): Promise<CardCancelResult>;
}
