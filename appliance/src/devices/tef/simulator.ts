import { readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REQUEST_FILE, readFields, TefDialFiles, writeDurably, type TefDialDirs } from './dial-files.js';
import { oneOf, runWhenEntryPoint, type RunningSimulator } from '../simulator-cli.js';
import { encodeFields, F, fieldsOf, withReceipt, type TefFields } from './fields.js';

/** How the simulated network answers the next CRT. */
export const TEF_SCENARIOS = ['approve', 'decline', 'timeout', 'partial'] as const;
export type TefScenario = (typeof TEF_SCENARIOS)[number];

export type SimulatedState = 'IN_PROGRESS' | 'PENDING' | 'DECLINED' | 'CONFIRMED' | 'UNDONE' | 'CANCELLED';

export interface SimulatedTransaction {
  requestId: string;
  amountCents: number;
  installments: number;
  nsu: string | null;
  state: SimulatedState;
  /** When the network approved it, as it answered (022-000 DDMMAAAA, 023-000 HHMMSS). */
  networkDate?: string;
  networkTime?: string;
  /** What the last cancellation asking for it named as the original's date, when it named one. */
  cancellationNamedDate?: string;
}

/**
 * A TEF manager on the other side of the TEF Dial directories: picks up
 * req/intpos.001, acknowledges with resp/intpos.sts and, for CRT/ADM/CNC,
 * answers with resp/intpos.001. It keeps the network's view of every
 * transaction so tests can check what was confirmed or undone.
 */
export class TefManagerSimulator {
  private readonly files: TefDialFiles;
  private readonly transactions = new Map<string, SimulatedTransaction>();
  private readonly documents = new Map<string, SimulatedTransaction>();
  private scenario: TefScenario = 'approve';
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private nsuCounter = 100_000;

  constructor(private readonly dirs: TefDialDirs, private readonly pollIntervalMs = 20) {
    this.files = new TefDialFiles(dirs);
  }

  async start(): Promise<void> {
    await this.files.ensureDirs();
    this.timer = setInterval(() => void this.tick(), this.pollIntervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    while (this.busy) await new Promise((resolve) => setTimeout(resolve, this.pollIntervalMs));
  }

  setScenario(scenario: TefScenario): void {
    this.scenario = scenario;
  }

  transaction(requestId: string): SimulatedTransaction | undefined {
    return this.transactions.get(requestId);
  }

  /** The network's state of the transaction whose document (002-000) was made from `document`. */
  byDocument(document: string): SimulatedTransaction | undefined {
    return this.documents.get(document.replace(/[^0-9A-Za-z]/g, '').slice(0, 20));
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const names = await readdir(this.dirs.reqDir).catch(() => [] as string[]);
      if (!names.includes(REQUEST_FILE)) return;
      const path = join(this.dirs.reqDir, REQUEST_FILE);
      const request = await readFields(path);
      await rm(path, { force: true });
      if (request) await this.handle(request);
    } finally {
      this.busy = false;
    }
  }

  private async handle(request: TefFields): Promise<void> {
    const command = request.get(F.command) ?? '';
    const requestId = request.get(F.id) ?? '';
    await this.writeResponse('intpos.sts', fieldsOf([[F.command, command], [F.id, requestId]]));
    if (command === 'CRT') await this.authorize(request, requestId);
    if (command === 'CNF') this.settle(requestId, 'CONFIRMED');
    if (command === 'NCN') this.settle(requestId, 'UNDONE');
    if (command === 'ADM' || command === 'CNC') await this.administrative(request, requestId, command);
  }

  private async authorize(request: TefFields, requestId: string): Promise<void> {
    const amountCents = Number(request.get(F.amount) ?? 0);
    const installments = Number(request.get(F.installments) ?? 1);
    const transaction: SimulatedTransaction = { requestId, amountCents, installments, nsu: null, state: 'IN_PROGRESS' };
    this.transactions.set(requestId, transaction);
    this.documents.set(request.get(F.document) ?? '', transaction);
    if (this.scenario === 'timeout') return;
    const response = fieldsOf([
      [F.command, 'CRT'],
      [F.id, requestId],
      [F.document, request.get(F.document) ?? ''],
      [F.network, 'REDE SIMULADA'],
    ]);
    if (this.scenario === 'decline') {
      transaction.state = 'DECLINED';
      response.set(F.status, '5');
      response.set(F.operatorMessage, 'TRANSAÇÃO NEGADA: SALDO INSUFICIENTE');
      await this.writeResponse('intpos.001', response);
      return;
    }
    const approvedCents = this.scenario === 'partial' ? Math.floor(amountCents / 2) : amountCents;
    transaction.nsu = String(++this.nsuCounter);
    transaction.amountCents = approvedCents;
    transaction.state = 'PENDING';
    response.set(F.status, '0');
    response.set(F.amount, String(approvedCents));
    response.set(F.transactionType, request.get(F.transactionType) ?? '10');
    response.set(F.nsu, transaction.nsu);
    response.set(F.authorizationCode, `A${transaction.nsu.slice(-5)}`);
    response.set(F.installments, String(installments));
    [transaction.networkDate, transaction.networkTime] = networkDateTime(new Date());
    response.set(F.transactionDate, transaction.networkDate);
    response.set(F.transactionTime, transaction.networkTime);
    response.set(F.finalization, `FIN${requestId}`);
    response.set(F.operatorMessage, 'TRANSAÇÃO APROVADA');
    withReceipt(response, receipt(request.get(F.transactionType) ?? '10', approvedCents, installments, transaction.nsu));
    await this.writeResponse('intpos.001', response);
  }

  private settle(requestId: string, state: 'CONFIRMED' | 'UNDONE'): void {
    const transaction = this.transactions.get(requestId);
    if (transaction && (transaction.state === 'PENDING' || transaction.state === 'IN_PROGRESS')) transaction.state = state;
  }

  private async administrative(request: TefFields, requestId: string, command: string): Promise<void> {
    const response = fieldsOf([[F.command, command], [F.id, requestId], [F.status, '0'], [F.operatorMessage, 'OPERAÇÃO CONCLUÍDA']]);
    const cancelledNsu = request.get(F.nsu);
    if (command === 'CNC' && cancelledNsu) {
      const original = [...this.transactions.values()].find((transaction) => transaction.nsu === cancelledNsu && transaction.state === 'CONFIRMED');
      const namedDate = request.get(F.transactionDate);
      if (original && namedDate !== undefined) original.cancellationNamedDate = namedDate;
      // A real manager asks the operator for the original's date when the request leaves it out; one that does not match is refused.
      if (original && namedDate !== undefined && namedDate !== original.networkDate) {
        await this.writeResponse('intpos.001', fieldsOf([[F.command, command], [F.id, requestId], [F.status, '9'], [F.operatorMessage, 'DATA DA TRANSAÇÃO ORIGINAL NÃO CONFERE']]));
        return;
      }
      if (original) original.state = 'CANCELLED';
      response.set(F.cancelledNsu, cancelledNsu);
      // Managers answer a cancellation with its own slip, to be printed as a sale's is.
      withReceipt(response, cancellationReceipt(Number(request.get(F.amount) ?? 0), cancelledNsu));
    }
    await this.writeResponse('intpos.001', response);
  }

  private async writeResponse(name: string, fields: TefFields): Promise<void> {
    const temp = join(this.dirs.respDir, `${name}.tmp`);
    await writeDurably(temp, encodeFields(fields));
    await rename(temp, join(this.dirs.respDir, name));
  }
}

const PRODUCT_BY_TYPE: Record<string, string> = { '10': 'CRÉDITO', '11': 'CRÉDITO', '20': 'DÉBITO', '30': 'VOUCHER' };

/** The network's clock in its own form (DDMMAAAA, HHMMSS), in the simulator's local time as a manager's is. */
function networkDateTime(at: Date): [string, string] {
  const two = (n: number) => String(n).padStart(2, '0');
  return [`${two(at.getDate())}${two(at.getMonth() + 1)}${at.getFullYear()}`, `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`];
}

const reaisOf = (amountCents: number) => `${Math.floor(amountCents / 100)},${String(amountCents % 100).padStart(2, '0')}`;

function cancellationReceipt(amountCents: number, cancelledNsu: string): string[] {
  return ['      REDE SIMULADA - CANCELAMENTO', 'ESTABELECIMENTO: CHEFIA LOJA TESTE', `VALOR CANCELADO: R$ ${reaisOf(amountCents)}`, `NSU ORIGINAL: ${cancelledNsu}`];
}

function receipt(transactionType: string, amountCents: number, installments: number, nsu: string): string[] {
  const reais = reaisOf(amountCents);
  return [
    `      REDE SIMULADA - ${PRODUCT_BY_TYPE[transactionType] ?? 'CARTÃO'}`,
    'ESTABELECIMENTO: CHEFIA LOJA TESTE',
    `VALOR APROVADO: R$ ${reais}`,
    installments > 1 ? `PARCELADO EM ${installments}X` : 'À VISTA',
    `NSU: ${nsu}`,
    '   TRANSAÇÃO AUTORIZADA MEDIANTE',
    '       USO DE SENHA PESSOAL',
  ];
}

/** `node dist/appliance/src/devices/tef/simulator.js --dir /tmp/tef --scenario approve` */
async function main(): Promise<RunningSimulator> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, scenario: { type: 'string', default: 'approve' } },
  });
  if (!values.dir) throw new Error('--dir is required (holds req/ and resp/)');
  const simulator = new TefManagerSimulator({ reqDir: join(values.dir, 'req'), respDir: join(values.dir, 'resp') });
  simulator.setScenario(oneOf('scenario', values.scenario, TEF_SCENARIOS));
  await simulator.start();
  process.stdout.write(`TEF manager simulator (${values.scenario}) watching ${join(values.dir, 'req')}\n`);
  return simulator;
}

runWhenEntryPoint(import.meta.url, main);
