import { AppError } from '../../kernel/errors.js';
import { inRequestSlot, ManagerInactiveError, TefDialFiles, type DialFilesOptions } from './dial-files.js';
import { F, fieldsOf, receiptLines, type TefFields } from './fields.js';
import type { NetworkDateTime } from './card-provider.js';
import { nextRequestId } from './request-id.js';

export interface AdminResult {
  approved: boolean;
  operatorMessage: string | null;
  receiptLines: string[];
}

export interface CancelRequest {
  /** NSU and network of the confirmed transaction to reverse. */
  nsu: string;
  network: string;
  amountCents: number;
  /** The original's date and time at the network; without them the manager asks the operator on its own screen. */
  networkDateTime?: NetworkDateTime;
}

export interface TefDialAdminOptions extends DialFilesOptions {
  responseTimeoutMs?: number;
}

/**
 * The TEF Dial commands that are not part of a sale: ATV (is the manager
 * running?), ADM (the manager's own menu: reports, reprints, settings) and
 * CNC (reverse a confirmed transaction, e.g. a refund the same day).
 * ADM and CNC answers are confirmed at once: there is no sale to wait for.
 */
export class TefDialAdmin {
  private readonly files: TefDialFiles;
  private readonly responseTimeoutMs: number;

  constructor(options: TefDialAdminOptions) {
    this.files = new TefDialFiles(options);
    this.responseTimeoutMs = options.responseTimeoutMs ?? 180_000;
  }

  isManagerActive(): Promise<boolean> {
    return inRequestSlot(this.files.reqDir, async () => {
      try {
        await this.files.send(fieldsOf([[F.command, 'ATV'], [F.id, nextRequestId()]]));
        return true;
      } catch (error) {
        if (error instanceof ManagerInactiveError) return false;
        throw error;
      }
    });
  }

  administrative(): Promise<AdminResult> {
    return this.exchange(fieldsOf([[F.command, 'ADM'], [F.id, nextRequestId()]]));
  }

  async cancel(request: CancelRequest): Promise<AdminResult> {
    if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
      throw new AppError('CARD_AMOUNT_INVALID', 400, 'CARD_AMOUNT_INVALID', { amountCents: request.amountCents });
    }
    return this.exchange(
      fieldsOf([
        [F.command, 'CNC'],
        [F.id, nextRequestId()],
        [F.amount, request.amountCents],
        [F.network, request.network],
        [F.nsu, request.nsu],
        ...(request.networkDateTime
          ? ([
              [F.transactionDate, request.networkDateTime.date],
              [F.transactionTime, request.networkDateTime.time],
            ] as [string, string][])
          : []),
      ]),
    );
  }

  private exchange(request: TefFields): Promise<AdminResult> {
    return inRequestSlot(this.files.reqDir, () => this.exchangeInSlot(request));
  }

  private async exchangeInSlot(request: TefFields): Promise<AdminResult> {
    const requestId = request.get(F.id) ?? '';
    try {
      await this.files.send(request);
    } catch (error) {
      if (error instanceof ManagerInactiveError) throw new AppError('TEF_MANAGER_INACTIVE', 503, 'TEF_MANAGER_INACTIVE');
      throw error;
    }
    const response = await this.files.awaitResponse(requestId, this.responseTimeoutMs);
    if (!response) throw new AppError('TEF_NO_RESPONSE', 504, 'TEF_NO_RESPONSE', { command: request.get(F.command) });
    await this.files.removeResponse();
    const approved = response.get(F.status) === '0';
    if (approved && response.has(F.finalization)) {
      await this.files.send(
        fieldsOf([
          [F.command, 'CNF'],
          [F.id, requestId],
          [F.network, response.get(F.network) ?? ''],
          [F.nsu, response.get(F.nsu) ?? ''],
          [F.finalization, response.get(F.finalization) ?? ''],
        ]),
      );
    }
    return { approved, operatorMessage: response.get(F.operatorMessage) ?? null, receiptLines: receiptLines(response) };
  }
}
