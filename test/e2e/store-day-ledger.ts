/** What the cashiers saw on their screens during the e2e store day: the independent side of the checks. */
export interface Tender {
  method: 'CASH' | 'CREDIT' | 'DEBIT' | 'VOUCHER' | 'PIX' | 'OTHER';
  amountCents?: number;
  tenderedCents?: number;
  payerLabel?: string;
  installments?: number;
}

interface SeenPayment {
  id: string;
  sessionId: string;
  method: string;
  provider: string;
  amountCents: number;
  changeCents: number;
}

const METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER'];

export class StoreDayLedger {
  readonly payments: SeenPayment[] = [];
  private readonly orders = new Map<string, number>();
  private readonly refunds: { sessionId: string; method: string; amountCents: number }[] = [];
  private readonly drawerMoves: { sessionId: string; amountCents: number }[] = [];

  order(id: string, totalCents: number): void {
    this.orders.set(id, totalCents);
  }

  payment(sessionId: string, p: { id: string; method: string; provider: string; amountCents: number; changeCents: number }): void {
    this.payments.push({ id: p.id, sessionId, method: p.method, provider: p.provider, amountCents: p.amountCents, changeCents: p.changeCents });
  }

  refund(sessionId: string, method: string, amountCents: number): void {
    this.refunds.push({ sessionId, method, amountCents });
  }

  /** Withdrawals (negative) and deposits (positive). */
  drawer(sessionId: string, amountCents: number): void {
    this.drawerMoves.push({ sessionId, amountCents });
  }

  capturedCents(): number {
    return this.payments.reduce((s, p) => s + p.amountCents, 0);
  }

  changeCents(): number {
    return this.payments.reduce((s, p) => s + p.changeCents, 0);
  }

  ordersTotalCents(): number {
    return [...this.orders.values()].reduce((s, t) => s + t, 0);
  }

  byMethod(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const p of this.payments) out[p.method] = (out[p.method] ?? 0) + p.amountCents;
    return out;
  }

  /** What a drawer should hold per method: the count an honest cashier declares. */
  expected(sessionId: string, floatCents: number): Record<string, number> {
    const out: Record<string, number> = Object.fromEntries(METHODS.map((m) => [m, 0]));
    out.CASH = floatCents;
    for (const p of this.payments) if (p.sessionId === sessionId) out[p.method] += p.amountCents;
    for (const r of this.refunds) if (r.sessionId === sessionId) out[r.method] -= r.amountCents;
    for (const d of this.drawerMoves) if (d.sessionId === sessionId) out.CASH += d.amountCents;
    return out;
  }
}
