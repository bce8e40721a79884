import type { ApiAnswer } from '../../shared/appliance-api';
import { formatCents } from '../../shared/money';
import { t } from '../texts';

export type RefundAnswer = ApiAnswer<'/api/v1/payments/{id}/refunds', 'post'>;

/**
 * What the cashier is told once a refund is booked: whether the money also went back by itself (a
 * TEF card's cancellation, a PIX returned by the gateway) or must be given back another way. A
 * booked refund whose money did not go back is an error notice: the customer is still owed it.
 */
export function refundNotice(answer: RefundAnswer, orderNumber: number): { kind: 'info' | 'error'; text: string } {
  const params = { amount: formatCents(answer.amountCents), number: orderNumber };
  if (answer.cardRefund?.status === 'DONE') return { kind: 'info', text: t('POS_REFUND_CARD_DONE', params) };
  if (answer.cardRefund?.status === 'FAILED') return { kind: 'error', text: t('POS_REFUND_CARD_FAILED', { ...params, reason: answer.cardRefund.error ?? t('POS_ERROR_GENERIC') }) };
  if (answer.gatewayRefund?.status === 'DONE') return { kind: 'info', text: t('POS_REFUND_PIX_DONE', params) };
  if (answer.gatewayRefund?.status === 'FAILED') return { kind: 'error', text: t('POS_REFUND_PIX_FAILED', params) };
  return { kind: 'info', text: t('POS_REFUND_DONE', params) };
}
