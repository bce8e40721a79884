import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.js';
import type { CardPaymentProvider } from './card-provider.js';
import type { SimulatedState, TefScenario } from './simulator.js';

export interface CardProviderHarness {
  readonly provider: CardPaymentProvider;
  /** Drops the provider instance without settling anything and builds a new one on the same state (a crash + restart). */
  restart(): Promise<void>;
  setScenario(scenario: TefScenario): void;
  /** What the card network believes happened to our transaction. */
  networkState(transactionId: string): SimulatedState | undefined;
  close(): Promise<void>;
}

/** A harness whose `restart` drops the provider as a crash would and builds a new one with `make`. */
export function restartableHarness(make: () => CardPaymentProvider, rest: Omit<CardProviderHarness, 'provider' | 'restart'>): CardProviderHarness {
  let provider = make();
  return {
    get provider() {
      return provider;
    },
    async restart() {
      provider = make();
    },
    ...rest,
  };
}

/** The behaviour every CardPaymentProvider must show, over real TEF Dial files or virtual. */
export function cardProviderContract(name: string, createHarness: () => Promise<CardProviderHarness>): void {
  describe(`CardPaymentProvider contract: ${name}`, () => {
    let h: CardProviderHarness;
    beforeEach(async () => {
      h = await createHarness();
    });
    afterEach(async () => {
      await h.close();
    });

    it('approves, returns NSU, authorization code and receipt, and confirms', async () => {
      const transactionId = randomUUID();
      const result = await h.provider.authorize({ transactionId, amountCents: 12_345, method: 'CREDIT' });
      expect(result).toMatchObject({ transactionId, status: 'APPROVED', approvedAmountCents: 12_345, installments: 1 });
      expect(result.nsu).toMatch(/^\d+$/);
      expect(result.authorizationCode).toBeTruthy();
      expect(result.receiptLines.length).toBeGreaterThan(0);
      expect(h.networkState(transactionId)).toBe('PENDING');
      await h.provider.confirm(transactionId);
      expect(h.networkState(transactionId)).toBe('CONFIRMED');
      await expect(h.provider.confirm(transactionId)).rejects.toMatchObject({ code: 'CARD_TRANSACTION_NOT_PENDING' });
    });

    it('cancels a confirmed transaction at the network (estorno), or says it is done at the terminal', async () => {
      const transactionId = randomUUID();
      const result = await h.provider.authorize({ transactionId, amountCents: 4_200, method: 'DEBIT' });
      await h.provider.confirm(transactionId);
      const cancelled = await h.provider.cancel({ transactionId, nsu: result.nsu!, network: result.network, amountCents: 4_200 }).catch((error: unknown) => error);
      if (cancelled instanceof AppError) {
        // A driver without cancellation refuses with a stable code, and the card stays charged.
        expect(cancelled.code).toBe('TEF_CANCEL_AT_TERMINAL');
        expect(h.networkState(transactionId)).toBe('CONFIRMED');
        return;
      }
      expect(cancelled).toMatchObject({ approved: true });
      expect(h.networkState(transactionId)).toBe('CANCELLED');
    });

    it('declines with the operator message and leaves nothing to settle', async () => {
      h.setScenario('decline');
      const transactionId = randomUUID();
      const result = await h.provider.authorize({ transactionId, amountCents: 5_000, method: 'DEBIT' });
      expect(result).toMatchObject({ status: 'DECLINED', approvedAmountCents: 0, nsu: null, authorizationCode: null });
      expect(result.operatorMessage).toMatch(/NEGADA/);
      await expect(h.provider.confirm(transactionId)).rejects.toMatchObject({ code: 'CARD_TRANSACTION_NOT_PENDING' });
      expect(await h.provider.recoverPending(() => true)).toEqual([]);
    });

    it('times out without charging: the network shows the attempt undone and nothing stays pending', async () => {
      h.setScenario('timeout');
      const transactionId = randomUUID();
      const result = await h.provider.authorize({ transactionId, amountCents: 2_500, method: 'CREDIT' });
      expect(result).toMatchObject({ status: 'TIMEOUT', approvedAmountCents: 0, nsu: null, timeoutCause: 'NO_RESPONSE' });
      expect(h.networkState(transactionId)).toBe('UNDONE');
      expect(await h.provider.recoverPending(() => true)).toEqual([]);
    });

    it("tells the cashier's screen its progress, the request sent first; a listener that fails changes nothing", async () => {
      const stages: string[] = [];
      const result = await h.provider.authorize({
        transactionId: randomUUID(),
        amountCents: 1_000,
        method: 'DEBIT',
        onPrompt: (prompt) => {
          stages.push(prompt.stage === 'MESSAGE' ? `MESSAGE:${prompt.text}` : prompt.stage);
          throw new Error('the screen went away');
        },
      });
      expect(result.status).toBe('APPROVED');
      expect(stages[0]).toBe('SENT');
      // Then the terminal at work: its acknowledgement, or the messages it shows the customer.
      expect(stages.slice(1).some((stage) => stage === 'ACCEPTED' || /^MESSAGE:\S/.test(stage))).toBe(true);
    });

    it('undoes an approval whose sale did not complete', async () => {
      const transactionId = randomUUID();
      await h.provider.authorize({ transactionId, amountCents: 990, method: 'VOUCHER' });
      await h.provider.undo(transactionId);
      expect(h.networkState(transactionId)).toBe('UNDONE');
    });

    it('reports instalments and partial approvals', async () => {
      const inInstalments = randomUUID();
      const result = await h.provider.authorize({ transactionId: inInstalments, amountCents: 30_000, method: 'CREDIT', installments: 3 });
      expect(result).toMatchObject({ status: 'APPROVED', installments: 3, approvedAmountCents: 30_000 });
      await h.provider.confirm(inInstalments);
      h.setScenario('partial');
      const partial = randomUUID();
      const partialResult = await h.provider.authorize({ transactionId: partial, amountCents: 10_001, method: 'CREDIT' });
      expect(partialResult.status).toBe('APPROVED');
      expect(partialResult.approvedAmountCents).toBe(5_000);
      await h.provider.confirm(partial);
    });

    it('after a crash between approval and confirmation, undoes it on restart when the sale did not complete', async () => {
      const transactionId = randomUUID();
      await h.provider.authorize({ transactionId, amountCents: 4_200, method: 'CREDIT' });
      await h.restart();
      const asked: string[] = [];
      const outcomes = await h.provider.recoverPending((id) => {
        asked.push(id);
        return false;
      });
      expect(asked).toEqual([transactionId]);
      expect(outcomes).toEqual([{ transactionId, action: 'UNDONE' }]);
      expect(h.networkState(transactionId)).toBe('UNDONE');
      expect(await h.provider.recoverPending(() => true)).toEqual([]);
    });

    it('after a crash between approval and confirmation, confirms it on restart when the sale completed', async () => {
      const completed = randomUUID();
      const abandoned = randomUUID();
      await h.provider.authorize({ transactionId: completed, amountCents: 1_000, method: 'DEBIT' });
      await h.provider.authorize({ transactionId: abandoned, amountCents: 2_000, method: 'DEBIT' });
      await h.restart();
      const outcomes = await h.provider.recoverPending(async (id) => id === completed);
      expect(outcomes).toEqual([
        { transactionId: completed, action: 'CONFIRMED' },
        { transactionId: abandoned, action: 'UNDONE' },
      ]);
      expect(h.networkState(completed)).toBe('CONFIRMED');
      expect(h.networkState(abandoned)).toBe('UNDONE');
    });

    it('rejects bad input with stable codes', async () => {
      const transactionId = randomUUID();
      await expect(h.provider.authorize({ transactionId, amountCents: 10.5, method: 'CREDIT' })).rejects.toMatchObject({ code: 'CARD_AMOUNT_INVALID' });
      await expect(h.provider.authorize({ transactionId, amountCents: 0, method: 'CREDIT' })).rejects.toMatchObject({ code: 'CARD_AMOUNT_INVALID' });
      await expect(h.provider.authorize({ transactionId, amountCents: 100, method: 'DEBIT', installments: 2 })).rejects.toMatchObject({
        code: 'CARD_INSTALLMENTS_INVALID',
      });
      await expect(h.provider.undo(randomUUID())).rejects.toMatchObject({ code: 'CARD_TRANSACTION_NOT_PENDING' });
    });
  });
}
