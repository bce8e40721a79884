import type {
  AuthorizationResult,
  AuthorizeRequest,
  CardCancelRequest,
  CardCancelResult,
  CardPaymentProvider,
  CardPrompt,
  RecoveryOutcome,
  SaleCompletedCheck,
} from './card-provider.js';
import type { SimulatedState, TefScenario } from './simulator.js';
import { notPending, tellPrompt, validateAuthorizeRequest } from './validate-request.js';
import { AppError } from '../../kernel/errors.js';

/** Printed on every slip of the virtual provider: nothing was charged to any card. */
export const SIMULATED_BANNER = 'TEF SIMULADO - SEM VALOR';

const SIMULATED_PROMPTS: CardPrompt[] = [
  { stage: 'SENT' },
  { stage: 'ACCEPTED' },
  { stage: 'MESSAGE', text: 'INSIRA OU APROXIME O CARTÃO (SIMULADO)' },
  { stage: 'MESSAGE', text: 'DIGITE A SENHA (SIMULADO)' },
];

/**
 * The card network plus the provider's durable memory, in one object that
 * outlives provider instances: a new VirtualCardProvider on the same network
 * behaves like the appliance restarting.
 */
export class VirtualCardNetwork {
  scenario: TefScenario = 'approve';
  readonly states = new Map<string, SimulatedState>();
  readonly pending = new Map<string, { nsu: string; approvedAmountCents: number }>();
  private nsuCounter = 500_000;

  nextNsu(): string {
    return String(++this.nsuCounter);
  }
}

/**
 * A simulated TEF for demo and test stores only: approvals carry `simulated: true`, the slip says
 * "TEF SIMULADO - SEM VALOR" and the operator messages say "(SIMULADO)"; the NFC-e declares such
 * tenders as not integrated, with no authorization code.
 */
export class VirtualCardProvider implements CardPaymentProvider {
  constructor(private readonly network: VirtualCardNetwork = new VirtualCardNetwork()) {}

  async authorize(request: AuthorizeRequest): Promise<AuthorizationResult> {
    validateAuthorizeRequest(request);
    if (this.network.pending.has(request.transactionId)) {
      throw new AppError('CARD_TRANSACTION_ALREADY_APPROVED', 409, 'CARD_TRANSACTION_ALREADY_APPROVED', {
        transactionId: request.transactionId,
      });
    }
    const installments = request.installments ?? 1;
    const base = { transactionId: request.transactionId, network: 'VIRTUAL', installments, receiptLines: [SIMULATED_BANNER], simulated: true };
    const { scenario } = this.network;
    // What a PIN pad shows, so a demo cashier sees the same steps as with a real terminal.
    for (const prompt of SIMULATED_PROMPTS) tellPrompt(request, prompt);
    if (scenario === 'timeout') {
      this.network.states.set(request.transactionId, 'UNDONE');
      return { ...base, network: null, status: 'TIMEOUT', approvedAmountCents: 0, nsu: null, authorizationCode: null, operatorMessage: null, timeoutCause: 'NO_RESPONSE' };
    }
    if (scenario === 'decline') {
      this.network.states.set(request.transactionId, 'DECLINED');
      return { ...base, status: 'DECLINED', approvedAmountCents: 0, nsu: null, authorizationCode: null, operatorMessage: 'TRANSAÇÃO NEGADA (SIMULADO)' };
    }
    const approvedAmountCents = scenario === 'partial' ? Math.floor(request.amountCents / 2) : request.amountCents;
    const nsu = this.network.nextNsu();
    this.network.pending.set(request.transactionId, { nsu, approvedAmountCents });
    this.network.states.set(request.transactionId, 'PENDING');
    return {
      ...base,
      status: 'APPROVED',
      approvedAmountCents,
      nsu,
      authorizationCode: `V${nsu.slice(-5)}`,
      receiptLines: [SIMULATED_BANNER, 'CARTÃO VIRTUAL', `NSU: ${nsu}`],
      operatorMessage: 'TRANSAÇÃO APROVADA (SIMULADO)',
    };
  }

  async confirm(transactionId: string): Promise<void> {
    this.settle(transactionId, 'CONFIRMED');
  }

  async undo(transactionId: string): Promise<void> {
    this.settle(transactionId, 'UNDONE');
  }

  async recoverPending(isSaleCompleted: SaleCompletedCheck): Promise<RecoveryOutcome[]> {
    const outcomes: RecoveryOutcome[] = [];
    for (const transactionId of [...this.network.pending.keys()]) {
      const completed = await isSaleCompleted(transactionId);
      this.settle(transactionId, completed ? 'CONFIRMED' : 'UNDONE');
      outcomes.push({ transactionId, action: completed ? 'CONFIRMED' : 'UNDONE' });
    }
    return outcomes;
  }

  async cancel(request: CardCancelRequest): Promise<CardCancelResult> {
    if (this.network.states.get(request.transactionId) !== 'CONFIRMED') {
      return { approved: false, operatorMessage: 'TRANSAÇÃO NÃO ENCONTRADA (SIMULADO)', receiptLines: [] };
    }
    this.network.states.set(request.transactionId, 'CANCELLED');
    return { approved: true, operatorMessage: 'ESTORNO APROVADO (SIMULADO)', receiptLines: [SIMULATED_BANNER, 'ESTORNO - CARTÃO VIRTUAL', `NSU: ${request.nsu}`] };
  }

  private settle(transactionId: string, state: 'CONFIRMED' | 'UNDONE'): void {
    if (!this.network.pending.delete(transactionId)) throw notPending(transactionId);
    this.network.states.set(transactionId, state);
  }
}
