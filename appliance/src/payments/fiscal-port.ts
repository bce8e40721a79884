import type { TenderMethod } from './types.js';

export interface FiscalEmissionRequest {
  orderId: string;
  businessDate: string;
  totalCents: number;
  payments: { method: TenderMethod; amountCents: number; changeCents: number }[];
  /** When the order was paid in full (absent in events journaled before it was recorded). */
  settledAt?: string;
}

/**
 * Where a fully paid order goes to get its NFC-e/SAT document. Called from a durable journal
 * consumer, so it runs at least once per settled order, also after a crash; implementations
 * must be idempotent per order id.
 */
export interface FiscalEmissionPort {
  requestEmission(request: FiscalEmissionRequest): Promise<void>;
}

/** Until the fiscal module is wired: remembers each order once. */
export class VirtualFiscalEmission implements FiscalEmissionPort {
  readonly requests = new Map<string, FiscalEmissionRequest>();

  async requestEmission(request: FiscalEmissionRequest): Promise<void> {
    if (!this.requests.has(request.orderId)) this.requests.set(request.orderId, request);
  }
}
