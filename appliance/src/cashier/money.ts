/** pt-BR money text from integer centavos (123456 -> "R$ 1.234,56"), for messages and printed layouts. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const reais = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}R$ ${reais},${String(abs % 100).padStart(2, '0')}`;
}

export const PAYMENT_METHODS = ['CASH', 'CREDIT', 'DEBIT', 'VOUCHER', 'PIX', 'OTHER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
