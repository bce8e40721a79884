import { join } from 'node:path';
import { AppError } from '../../kernel/errors.js';
import type {
  AuthorizationResult,
  AuthorizeRequest,
  CardCancelRequest,
  CardCancelResult,
  CardMethod,
  CardPaymentProvider,
  NetworkDateTime,
  RecoveryOutcome,
  SaleCompletedCheck,
} from './card-provider.js';
import { inRequestSlot, ManagerInactiveError, TefDialFiles, type TefDialDirs } from './dial-files.js';
import { F, fieldsOf, receiptLines, type TefFields } from './fields.js';
import { nextRequestId } from './request-id.js';
import { PendingApprovalStore, type PendingApproval } from './pending-store.js';
import { TefDialAdmin } from './tef-dial-admin.js';
import { notPending, tellPrompt, validateAuthorizeRequest } from './validate-request.js';

export interface TefDialProviderOptions extends TefDialDirs {
  /** Appliance data dir; pending approvals live in `<dataDir>/tef-pending/`. */
  dataDir: string;
  statusTimeoutMs?: number;
  /** How long the customer has at the pinpad before we give up and undo (default 3 min). */
  responseTimeoutMs?: number;
  pollIntervalMs?: number;
}

/** Transaction type codes (011-000) we ask for; the manager may still show its own menu. */
const TRANSACTION_TYPE: Record<CardMethod, (installments: number) => string> = {
  CREDIT: (installments) => (installments > 1 ? '11' : '10'),
  DEBIT: () => '20',
  VOUCHER: () => '30',
};

/**
 * CardPaymentProvider over the TEF Dial file protocol (PayGo and other TEF
 * managers). One transaction at a time: the protocol has a single request slot,
 * shared with TefDialAdmin (see inRequestSlot).
 */
export class TefDialProvider implements CardPaymentProvider {
  private readonly files: TefDialFiles;
  private readonly pending: PendingApprovalStore;
  private readonly responseTimeoutMs: number;
  /** CNC shares the single request slot with the sales (inRequestSlot). */
  private readonly admin: TefDialAdmin;
  /** The previous run's approvals recovery could not settle yet (the manager was down), in order. */
  private leftovers: { isSaleCompleted: SaleCompletedCheck; transactionIds: string[] } | null = null;

  constructor(options: TefDialProviderOptions) {
    this.files = new TefDialFiles(options);
    this.pending = new PendingApprovalStore(join(options.dataDir, 'tef-pending'));
    this.responseTimeoutMs = options.responseTimeoutMs ?? 180_000;
    this.admin = new TefDialAdmin(options);
  }

  async authorize(request: AuthorizeRequest): Promise<AuthorizationResult> {
    validateAuthorizeRequest(request);
    return this.serialised(() => this.runAuthorization(request));
  }

  confirm(transactionId: string): Promise<void> {
    return this.serialised(() => this.settle(transactionId, 'CNF'));
  }

  undo(transactionId: string): Promise<void> {
    return this.serialised(() => this.settle(transactionId, 'NCN'));
  }

  /** CNC with the transaction's NSU and network; the manager asks for what it needs on its own screen. */
  cancel(request: CardCancelRequest): Promise<CardCancelResult> {
    return this.admin.cancel({ nsu: request.nsu, network: request.network ?? '', amountCents: request.amountCents, networkDateTime: request.networkDateTime });
  }

  /**
   * Settles what a previous run left. A manager that is not running yet (it starts after the store,
   * or its PC is off) must not keep the store from opening: what it could not settle stays pending
   * on disk and is settled before the next card sale, with the same sale check.
   */
  recoverPending(isSaleCompleted: SaleCompletedCheck): Promise<RecoveryOutcome[]> {
    return this.serialised(async () => {
      await this.files.withdrawStaleRequest();
      const approvals = await this.pending.list();
      this.leftovers = { isSaleCompleted, transactionIds: approvals.map((approval) => approval.transactionId) };
      return this.settleLeftovers();
    });
  }

  /**
   * Confirms or undoes the previous run's approvals (and an orphan response) while the manager
   * answers; stops at the first unanswered request, since the rest would wait 7 s each for nothing.
   * Only the previous run's approvals: this run's are settled by their own sale.
   */
  private async settleLeftovers(): Promise<RecoveryOutcome[]> {
    const outcomes: RecoveryOutcome[] = [];
    try {
      await this.undoOrphanResponse();
      const leftovers = this.leftovers;
      while (leftovers && leftovers.transactionIds.length > 0) {
        const approval = await this.pending.get(leftovers.transactionIds[0]);
        if (approval) {
          const completed = await leftovers.isSaleCompleted(approval.transactionId);
          await this.sendSettlement(approval, completed ? 'CNF' : 'NCN');
          outcomes.push({ transactionId: approval.transactionId, action: completed ? 'CONFIRMED' : 'UNDONE' });
        }
        leftovers.transactionIds.shift();
      }
    } catch (error) {
      if (!isManagerDown(error)) throw error;
    }
    return outcomes;
  }

  private get hasLeftovers(): boolean {
    return (this.leftovers?.transactionIds.length ?? 0) > 0;
  }

  private async runAuthorization(request: AuthorizeRequest): Promise<AuthorizationResult> {
    if (await this.pending.get(request.transactionId)) {
      throw new AppError('CARD_TRANSACTION_ALREADY_APPROVED', 409, 'CARD_TRANSACTION_ALREADY_APPROVED', {
        transactionId: request.transactionId,
      });
    }
    const installments = request.installments ?? 1;
    // The previous run's approvals go first: a sale recorded as paid keeps its charge only once confirmed.
    await this.settleLeftovers();
    if (this.hasLeftovers) return timedOutResult(request, installments, 'MANAGER_INACTIVE');
    const requestId = nextRequestId();
    const fields = fieldsOf([
      [F.command, 'CRT'],
      [F.id, requestId],
      [F.document, request.transactionId.replace(/[^0-9A-Za-z]/g, '').slice(0, 20)],
      [F.amount, request.amountCents],
      [F.currency, 0],
      [F.transactionType, TRANSACTION_TYPE[request.method](installments)],
    ]);
    if (installments > 1) {
      fields.set(F.installmentType, '1');
      fields.set(F.installments, String(installments));
    }
    tellPrompt(request, { stage: 'SENT' });
    try {
      await this.files.send(fields);
    } catch (error) {
      if (error instanceof ManagerInactiveError) return timedOutResult(request, installments, 'MANAGER_INACTIVE');
      throw error;
    }
    // The manager acknowledged the request (intpos.sts): the customer is at the PIN pad now.
    tellPrompt(request, { stage: 'ACCEPTED' });
    const response = await this.files.awaitResponse(requestId, this.responseTimeoutMs);
    if (!response) {
      // The manager took the request but the customer never finished: reverse
      // whatever it may have done so a late approval cannot charge the card.
      await this.sendBestEffort(fieldsOf([[F.command, 'NCN'], [F.id, requestId]]));
      return timedOutResult(request, installments, 'NO_RESPONSE');
    }
    return this.acceptResponse(request, installments, requestId, response);
  }

  private async acceptResponse(
    request: AuthorizeRequest,
    installments: number,
    requestId: string,
    response: TefFields,
  ): Promise<AuthorizationResult> {
    const approved = response.get(F.status) === '0';
    const result: AuthorizationResult = {
      transactionId: request.transactionId,
      status: approved ? 'APPROVED' : 'DECLINED',
      approvedAmountCents: approved ? approvedAmount(response, request.amountCents) : 0,
      nsu: approved ? response.get(F.nsu) ?? null : null,
      authorizationCode: approved ? response.get(F.authorizationCode) ?? null : null,
      network: response.get(F.network) ?? null,
      installments: Number(response.get(F.installments) ?? installments) || installments,
      receiptLines: receiptLines(response),
      operatorMessage: response.get(F.operatorMessage) ?? null,
      ...networkDateTimeOf(response),
    };
    if (approved) {
      // Persist before the response file goes: a crash in between leaves the
      // file, and the next start undoes it as an orphan (see undoOrphanResponse).
      await this.pending.save({
        transactionId: request.transactionId,
        requestId,
        network: response.get(F.network) ?? '',
        nsu: response.get(F.nsu) ?? '',
        finalization: response.get(F.finalization) ?? '',
        approvedAmountCents: result.approvedAmountCents,
        approvedAt: new Date().toISOString(),
      });
    }
    await this.files.removeResponse();
    return result;
  }

  private async settle(transactionId: string, command: 'CNF' | 'NCN'): Promise<void> {
    const approval = await this.pending.get(transactionId);
    if (!approval) throw notPending(transactionId);
    await this.sendSettlement(approval, command);
  }

  private async sendSettlement(approval: PendingApproval, command: 'CNF' | 'NCN'): Promise<void> {
    try {
      await this.files.send(settlementFields(command, approval.requestId, approval.network, approval.nsu, approval.finalization));
    } catch (error) {
      if (error instanceof ManagerInactiveError) {
        // The approval stays pending on disk; recoverPending will settle it later.
        throw new AppError('TEF_MANAGER_INACTIVE', 503, 'TEF_MANAGER_INACTIVE', { transactionId: approval.transactionId });
      }
      throw error;
    }
    await this.pending.remove(approval.transactionId);
  }

  /**
   * An approved response still on disk that we never recorded as pending means
   * we crashed before telling anyone about the approval: no sale can have used
   * it, so the protocol requires it to be undone.
   */
  private async undoOrphanResponse(): Promise<void> {
    const leftover = await this.files.leftoverResponse();
    if (!leftover) return;
    const requestId = leftover.get(F.id) ?? '';
    const known = (await this.pending.list()).some((approval) => approval.requestId === requestId);
    if (!known && leftover.get(F.status) === '0' && leftover.get(F.command) === 'CRT') {
      await this.files.send(
        settlementFields('NCN', requestId, leftover.get(F.network) ?? '', leftover.get(F.nsu) ?? '', leftover.get(F.finalization) ?? ''),
      );
    }
    await this.files.removeResponse();
  }

  private async sendBestEffort(fields: TefFields): Promise<void> {
    await this.files.send(fields).catch((error: unknown) => {
      if (!(error instanceof ManagerInactiveError)) throw error;
    });
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    return inRequestSlot(this.files.reqDir, work);
  }
}

function settlementFields(command: 'CNF' | 'NCN', requestId: string, network: string, nsu: string, finalization: string): TefFields {
  return fieldsOf([
    [F.command, command],
    [F.id, requestId],
    [F.network, network],
    [F.nsu, nsu],
    [F.finalization, finalization],
  ]);
}

function approvedAmount(response: TefFields, requestedCents: number): number {
  const reported = response.get(F.amount);
  return reported !== undefined && /^\d+$/.test(reported) ? Number(reported) : requestedCents;
}

function timedOutResult(request: AuthorizeRequest, installments: number, cause: AuthorizationResult['timeoutCause']): AuthorizationResult {
  return {
    transactionId: request.transactionId,
    status: 'TIMEOUT',
    approvedAmountCents: 0,
    nsu: null,
    authorizationCode: null,
    network: null,
    installments,
    receiptLines: [],
    operatorMessage: null,
    timeoutCause: cause,
  };
}

/** The approval's date and time at the network (022-000, 023-000), when the manager sent both in their form. */
function networkDateTimeOf(response: TefFields): { networkDateTime?: NetworkDateTime } {
  const date = response.get(F.transactionDate);
  const time = response.get(F.transactionTime);
  return date && time && /^\d{8}$/.test(date) && /^\d{6}$/.test(time) ? { networkDateTime: { date, time } } : {};
}

/** The manager did not acknowledge a request: raw from the files, or as sendSettlement reports it. */
function isManagerDown(error: unknown): boolean {
  return error instanceof ManagerInactiveError || (error instanceof AppError && error.code === 'TEF_MANAGER_INACTIVE');
}
