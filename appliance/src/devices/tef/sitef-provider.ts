import { join } from 'node:path';
import { AppError } from '../../kernel/errors.js';
import type { AuthorizationResult, AuthorizeRequest, CardCancelResult, CardPaymentProvider, RecoveryOutcome, SaleCompletedCheck } from './card-provider.js';
import { SITEF, type CliSiTefLibrary, type FiscalCoupon } from './clisitef-library.js';
import { PendingApprovalStore } from './pending-store.js';
import { runPaymentDialogue, type DialogueOutcome } from './sitef-dialogue.js';
import { notPending, tellPrompt, validateAuthorizeRequest } from './validate-request.js';
import { dateTimeFormat } from '../../kernel/date-time-format.js';

export interface SitefProviderOptions {
  /** The vendor's libclisitef.so (or the in-repo emulator). */
  libraryPath: string;
  /** SiTef server address (IPSiTef). */
  server: string;
  /** IdLoja: the store's 8-character code at SiTef. */
  storeCode: string;
  /** IdTerminal: this POS at SiTef, 8 characters (XXnnnnnn). */
  terminalId: string;
  /** Appliance data dir; open payments live in `<dataDir>/sitef-pending/`. */
  dataDir: string;
  /** Zone of DataFiscal/HoraFiscal (the store's). */
  timeZone?: string;
  operator?: string;
  /** How long the customer has at the PIN pad before we interrupt (default 3 min). */
  responseTimeoutMs?: number;
  pollIntervalMs?: number;
  /** Opens the library; by default with koffi, imported only by a store that uses SiTef. */
  openLibrary?: (path: string) => Promise<CliSiTefLibrary>;
}

/**
 * A payment as this driver remembers it. STARTED is written before IniciaFuncaoSiTefInterativo, so
 * a crash in the middle of the dialogue leaves a trace; APPROVED before `authorize` returns, so a
 * crash before the sale commits is settled by `recoverPending` with the sale's own answer.
 */
interface SitefPayment {
  transactionId: string;
  coupon: FiscalCoupon;
  state: 'STARTED' | 'APPROVED';
  approvedAmountCents: number;
  nsu: string | null;
  approvedAt: string;
}

/** CupomFiscal: at most 20 characters, from our payment id (UUIDs differ within their first 20 hex digits). */
export function sitefCouponNumber(transactionId: string): string {
  return transactionId.replace(/[^0-9A-Za-z]/g, '').slice(0, 20);
}

function couponOf(transactionId: string, at: Date, timeZone: string): FiscalCoupon {
  const parts = dateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { number: sitefCouponNumber(transactionId), date: `${get('year')}${get('month')}${get('day')}`, time: `${get('hour')}${get('minute')}${get('second')}` };
}

function reais(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

async function openWithKoffi(path: string): Promise<CliSiTefLibrary> {
  const { KoffiCliSiTefLibrary } = await import('./koffi-clisitef-library.js');
  return new KoffiCliSiTefLibrary(path);
}

/**
 * CardPaymentProvider over the CliSiTef interactive interface (Software Express / Fiserv SiTef).
 * One function at a time: CliSiTef keeps a single dialogue per terminal.
 */
export class SitefProvider implements CardPaymentProvider {
  private readonly pending: PendingApprovalStore<SitefPayment>;
  private lib: Promise<CliSiTefLibrary> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** The previous run's payments recovery could not finalize yet (the library was not there), in order. */
  private leftovers: { isSaleCompleted: SaleCompletedCheck; transactionIds: string[] } | null = null;

  constructor(private readonly options: SitefProviderOptions) {
    this.pending = new PendingApprovalStore<SitefPayment>(join(options.dataDir, 'sitef-pending'));
  }

  async authorize(request: AuthorizeRequest): Promise<AuthorizationResult> {
    validateAuthorizeRequest(request);
    return this.serialised(() => this.runAuthorization(request));
  }

  confirm(transactionId: string): Promise<void> {
    return this.serialised(() => this.settle(transactionId, true));
  }

  undo(transactionId: string): Promise<void> {
    return this.serialised(() => this.settle(transactionId, false));
  }

  /**
   * Settles what a previous run left. A library that cannot be loaded now (being reinstalled, its
   * path not mounted yet) must not keep the store from opening: those payments stay on disk and are
   * settled before the next card payment, with the same sale check.
   */
  recoverPending(isSaleCompleted: SaleCompletedCheck): Promise<RecoveryOutcome[]> {
    return this.serialised(async () => {
      const payments = await this.pending.list();
      this.leftovers = { isSaleCompleted, transactionIds: payments.map((payment) => payment.transactionId) };
      return this.settleLeftovers();
    });
  }

  /**
   * The cancellation is a function of SiTef's own administrative menu (it asks for the original
   * date and NSU on the PIN pad): refused here, so the refund says it is to be done there.
   */
  async cancel(): Promise<CardCancelResult> {
    throw new AppError('TEF_CANCEL_AT_TERMINAL', 422, 'TEF_CANCEL_AT_TERMINAL');
  }

  /** Unloads the library (on reconfiguration or shutdown). */
  async close(): Promise<void> {
    const lib = this.lib;
    this.lib = null;
    if (lib) (await lib.catch(() => null))?.close();
  }

  private async runAuthorization(request: AuthorizeRequest): Promise<AuthorizationResult> {
    if ((await this.pending.get(request.transactionId))?.state === 'APPROVED') {
      throw new AppError('CARD_TRANSACTION_ALREADY_APPROVED', 409, 'CARD_TRANSACTION_ALREADY_APPROVED', { transactionId: request.transactionId });
    }
    // The previous run's payments go first: a sale recorded as paid keeps its charge only once finalized.
    await this.settleLeftovers();
    const lib = await this.library();
    const installments = request.installments ?? 1;
    const coupon = couponOf(request.transactionId, new Date(), this.options.timeZone ?? 'America/Sao_Paulo');
    const record: SitefPayment = { transactionId: request.transactionId, coupon, state: 'STARTED', approvedAmountCents: 0, nsu: null, approvedAt: new Date().toISOString() };
    await this.pending.save(record);
    tellPrompt(request, { stage: 'SENT' });
    const started = await lib.start({ functionCode: SITEF.FUNCTION_PAYMENT_MENU, amount: reais(request.amountCents), coupon, operator: this.options.operator ?? 'CAIXA' });
    const dialogue: DialogueOutcome =
      started === SITEF.CONTINUE
        ? await runPaymentDialogue(lib, {
            method: request.method,
            installments,
            responseTimeoutMs: this.options.responseTimeoutMs ?? 180_000,
            pollIntervalMs: this.options.pollIntervalMs ?? 100,
            onMessage: (text) => tellPrompt(request, { stage: 'MESSAGE', text }),
          })
        : { code: started, fields: new Map(), lastMessage: null, interrupted: null };
    const base = { transactionId: request.transactionId, installments, operatorMessage: dialogue.lastMessage };
    if (dialogue.code === SITEF.OK) {
      const { fields } = dialogue;
      const reported = fields.get(SITEF.FIELD_TRANSACTION_AMOUNT);
      const approvedAmountCents = reported && /^\d+$/.test(reported) ? Number(reported) : request.amountCents;
      const nsu = fields.get(SITEF.FIELD_NSU_HOST) ?? fields.get(SITEF.FIELD_NSU_SITEF) ?? null;
      await this.pending.save({ ...record, state: 'APPROVED', approvedAmountCents, nsu });
      return {
        ...base,
        status: 'APPROVED',
        approvedAmountCents,
        nsu,
        authorizationCode: fields.get(SITEF.FIELD_AUTHORIZATION_CODE) ?? null,
        network: fields.get(SITEF.FIELD_INSTITUTION_NAME) ?? fields.get(SITEF.FIELD_INSTITUTION_CODE) ?? null,
        installments: Number(fields.get(SITEF.FIELD_INSTALLMENTS) ?? installments) || installments,
        receiptLines: (fields.get(SITEF.FIELD_CUSTOMER_RECEIPT) ?? '').split('\n').map((line) => line.trimEnd()).filter(Boolean),
      };
    }
    // Not approved: make sure the terminal holds nothing open for this coupon.
    if (lib.pendingCount(coupon) > 0) await lib.finish(false, coupon);
    await this.pending.remove(request.transactionId);
    const unreachable = dialogue.code === SITEF.NOT_CONFIGURED || dialogue.code === SITEF.NO_SERVER;
    const empty = { approvedAmountCents: 0, nsu: null, authorizationCode: null, network: null, receiptLines: [] };
    if (dialogue.interrupted === 'TIMEOUT' || unreachable) {
      return { ...base, ...empty, status: 'TIMEOUT', timeoutCause: unreachable ? 'MANAGER_INACTIVE' : 'NO_RESPONSE' };
    }
    return { ...base, ...empty, status: 'DECLINED' };
  }

  /** The previous run's payments, in order, until the library is there to finalize them; this run's are settled by their own sale. */
  private async settleLeftovers(): Promise<RecoveryOutcome[]> {
    const outcomes: RecoveryOutcome[] = [];
    const leftovers = this.leftovers;
    try {
      while (leftovers && leftovers.transactionIds.length > 0) {
        const payment = await this.pending.get(leftovers.transactionIds[0]);
        if (payment) {
          const outcome = await this.finishLeftover(payment, leftovers.isSaleCompleted);
          if (outcome) outcomes.push(outcome);
          await this.pending.remove(payment.transactionId);
        }
        leftovers.transactionIds.shift();
      }
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'TEF_SITEF_UNAVAILABLE')) throw error;
    }
    return outcomes;
  }

  private async finishLeftover(payment: SitefPayment, isSaleCompleted: SaleCompletedCheck): Promise<RecoveryOutcome | null> {
    const lib = await this.library();
    if (payment.state === 'STARTED') {
      // We died in the dialogue: no sale can have used an approval we never returned.
      if (lib.pendingCount(payment.coupon) > 0) await lib.finish(false, payment.coupon);
      return null;
    }
    const completed = await isSaleCompleted(payment.transactionId);
    await lib.finish(completed, payment.coupon);
    return { transactionId: payment.transactionId, action: completed ? 'CONFIRMED' : 'UNDONE' };
  }

  private async settle(transactionId: string, confirm: boolean): Promise<void> {
    const payment = await this.pending.get(transactionId);
    if (!payment || payment.state !== 'APPROVED') throw notPending(transactionId);
    await (await this.library()).finish(confirm, payment.coupon);
    await this.pending.remove(transactionId);
  }

  private library(): Promise<CliSiTefLibrary> {
    this.lib ??= this.openConfigured().catch((error: unknown) => {
      // A failed load is retried on the next call (the library may be installed later).
      this.lib = null;
      throw error instanceof AppError ? error : new AppError('TEF_SITEF_UNAVAILABLE', 503, 'TEF_SITEF_UNAVAILABLE', { error: (error as Error).message });
    });
    return this.lib;
  }

  private async openConfigured(): Promise<CliSiTefLibrary> {
    const { libraryPath, server, storeCode, terminalId } = this.options;
    const lib = await (this.options.openLibrary ?? openWithKoffi)(libraryPath);
    const result = lib.configure(server, storeCode, terminalId);
    if (result !== 0) {
      lib.close();
      throw new AppError('TEF_SITEF_UNAVAILABLE', 503, 'TEF_SITEF_UNAVAILABLE', { result });
    }
    return lib;
  }

  private serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
