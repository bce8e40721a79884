import type { MessageKey } from '../texts';

/** The X/Z report as `GET /business-days/{id}/report` and the X report answer it (`docs/money.md`). */
export interface DayReport {
  date: string;
  payments: { count: number; capturedCents: number; refundedCents: number; netCents: number; byMethod: { method: string; count: number; capturedCents: number; refundedCents: number; netCents: number }[] };
  sales: { ordersCount: number; grossCents: number; discountCents: number; netCents: number };
  byHour: { hour: string; count: number; amountCents: number }[];
  byOperator: { operatorId: string; name: string | null; count: number; amountCents: number }[];
  byCategory: { categoryId: string; count: number; amountCents: number }[];
  byProduct: { productId: string; name: string; unit: string; quantity: number; amountCents: number }[];
}

export const METHOD_LABELS: Record<string, MessageKey> = {
  CASH: 'ADMIN_METHOD_CASH',
  CREDIT: 'ADMIN_METHOD_CREDIT',
  DEBIT: 'ADMIN_METHOD_DEBIT',
  VOUCHER: 'ADMIN_METHOD_VOUCHER',
  PIX: 'ADMIN_METHOD_PIX',
  OTHER: 'ADMIN_METHOD_OTHER',
  // What a delivery platform collected online: the X/Z keeps it apart from the till's tenders.
  MARKETPLACE: 'ADMIN_METHOD_MARKETPLACE',
};

/** A quantity as the report keeps it: grams for products sold by weight, units otherwise. */
export function quantityText(quantity: number, unit: string): string {
  return unit === 'KG' || unit === 'GRAM' ? `${(quantity / 1000).toFixed(3).replace('.', ',')} kg` : String(quantity);
}
