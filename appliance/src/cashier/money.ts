export const PAYMENT_METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
