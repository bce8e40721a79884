import type { SplitRule } from '../types.js';

export type GatewayName = 'ASAAS' | 'MERCADO_PAGO';

export interface PixChargeRequest {
  /** Our payment id; sent as the gateway's external reference and idempotency key. */
  paymentId: string;
  amountCents: number;
  description: string;
  /** YYYY-MM-DD in the store time zone. */
  dueDate: string;
  splitRules: SplitRule[];
}

export interface PixCharge {
  gateway: GatewayName;
  gatewayPaymentId: string;
  qrPayload: string;
  qrImageBase64: string | null;
  expiresAt: string | null;
}

export type GatewayChargeStatus = 'PENDING' | 'PAID' | 'CANCELLED' | 'REFUNDED';

export interface WebhookRequest {
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  rawBody: string;
}

/** What a verified webhook says; `status` or `amountCents` null means the caller must ask the gateway. */
export interface WebhookNotice {
  deliveryKey: string;
  gatewayPaymentId: string;
  status: GatewayChargeStatus | null;
  /** The charge's value as the gateway holds it: what the customer paid once it is PAID. */
  amountCents: number | null;
}

export interface Settlement {
  gatewayPaymentId: string;
  externalReference: string | null;
  amountCents: number;
  netAmountCents: number | null;
  settledOn: string;
}

/** One PIX gateway, spoken in its own REST dialect by its adapter. */
export interface PixGateway {
  readonly name: GatewayName;
  createPixCharge(request: PixChargeRequest, signal?: AbortSignal): Promise<PixCharge>;
  getChargeStatus(gatewayPaymentId: string): Promise<{ status: GatewayChargeStatus; amountCents: number }>;
  cancelCharge(gatewayPaymentId: string): Promise<void>;
  refund(gatewayPaymentId: string, amountCents: number): Promise<{ refundRef: string }>;
  /** Throws WEBHOOK_SIGNATURE_INVALID when the delivery is not from the gateway. */
  verifyWebhook(request: WebhookRequest): WebhookNotice | null;
  listSettlements(fromDate: string, toDate: string): Promise<Settlement[]>;
  /** Cancels any still-pending charge carrying our payment id (left behind by a timeout). */
  cancelByReference(paymentId: string): Promise<number>;
}

/** A gateway call that failed: `status` is the HTTP status, null for a network error or timeout. */
export class GatewayError extends Error {
  constructor(
    readonly gateway: GatewayName,
    readonly status: number | null,
    message: string,
    readonly body?: unknown,
  ) {
    super(`${gateway}: ${message}`);
    this.name = 'GatewayError';
  }
}
