export const TENDER_METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER'] as const;
export type TenderMethod = (typeof TENDER_METHODS)[number];
export type PaymentStatus = 'PENDING' | 'CAPTURED' | 'CANCELLED';
/** CARD_MACHINE: a card on a standalone machine the POS does not talk to (typed by the cashier). */
export type PaymentProvider = 'CASH' | 'TEF' | 'ASAAS' | 'MERCADO_PAGO' | 'MANUAL' | 'CARD_MACHINE' | 'MARKETPLACE';

export interface SplitRule {
  accountId: string;
  amountCents: number;
}

export interface Payment {
  id: string;
  orderId: string;
  businessDayId: string;
  businessDate: string;
  method: TenderMethod;
  status: PaymentStatus;
  amountCents: number;
  tenderedCents: number;
  changeCents: number;
  refundedCents: number;
  provider: PaymentProvider;
  providerRef: string | null;
  payerLabel: string | null;
  cashierSessionId: string | null;
  operatorId: string | null;
  pix: { qrPayload: string; qrImageBase64: string | null } | null;
  details: Record<string, unknown>;
  createdAt: string;
  capturedAt: string | null;
}

export interface OrderBalance {
  orderId: string;
  totalCents: number;
  paidCents: number;
  pendingCents: number;
  remainingCents: number;
  changeCents: number;
}
