import { useEffect, useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { closeOnEscape } from '../../shared/escape';
import { formatCents, parseCents } from '../../shared/money';
import type { PosMessageKey } from '../messages.pt-BR';
import { tell } from '../state/notice';
import { loadRecentSales, type OrderPayments, pastSale, recentSales, refundableCents, refundPayment, reprintReceipt, salePayments } from '../state/past-sale';
import { refundNotice } from '../state/refund-notice';
import type { SentOrder } from '../state/sale';
import { focusSearch } from '../state/ui';
import { errorText, t } from '../texts';
import { ManagerFields, managerApprovalOf } from './ManagerFields';

const METHODS: Record<string, PosMessageKey> = { CASH: 'POS_PAY_CASH', CREDIT: 'POS_PAY_CREDIT', DEBIT: 'POS_PAY_DEBIT', PIX: 'POS_PAY_PIX' };
const methodName = (method: string) => (METHODS[method] ? t(METHODS[method]) : method);

/**
 * F4 (or a tap on one of the day's orders): a past sale of this terminal or of the counter, its
 * tenders, the receipt printed again, and a refund of a tender with the manager's username and PIN.
 */
export function PastSaleDialog({ order }: { order: SentOrder }) {
  const [payments, setPayments] = useState<OrderPayments | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [reprintKey, setReprintKey] = useState(() => crypto.randomUUID());
  const [refundKey, setRefundKey] = useState(() => crypto.randomUUID());
  const first = useAutofocus<HTMLSelectElement>();
  const load = () =>
    salePayments(order.id).then(
      (answer) => {
        setPayments(answer);
        setChosen((current) => current ?? answer.payments.find((p) => refundableCents(p) > 0)?.id ?? null);
      },
      (failure: unknown) => setError(errorText(failure)),
    );
  useEffect(() => {
    void load();
  }, [order.id]);
  useEffect(() => {
    loadRecentSales().catch((failure: unknown) => setError(errorText(failure)));
  }, []);
  const choices = recentSales.value.some((o) => o.id === order.id) ? recentSales.value : [order, ...recentSales.value];
  const close = () => {
    pastSale.value = null;
    setTimeout(focusSearch, 0);
  };
  const reprint = async () => {
    try {
      await reprintReceipt(order.id, reprintKey);
      tell('info', t('POS_REPRINT_SENT', { number: order.number }));
      setReprintKey(crypto.randomUUID());
      setError('');
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const payment = payments?.payments.find((p) => p.id === chosen) ?? null;
  const refund = async (event: Event) => {
    event.preventDefault();
    if (!payment) return setError(t('POS_REFUND_NOTHING'));
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const typed = field('amount');
    const cents = typed === '' ? refundableCents(payment) : parseCents(typed);
    if (cents === null || cents <= 0) return setError(t('POS_INVALID_AMOUNT'));
    try {
      const notice = refundNotice(await refundPayment(payment.id, cents, field('reason'), managerApprovalOf(data), refundKey), order.number);
      tell(notice.kind, notice.text);
      setRefundKey(crypto.randomUUID());
      form.reset();
      setError('');
      await load();
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  return (
    <div class="overlay">
      <form class="card dialog" id="past-sale-form" onSubmit={refund} onKeyDown={closeOnEscape(close)} autocomplete="off">
        <h2>{t('POS_PAST_SALE_TITLE', { number: order.number })}</h2>
        <label>
          {t('POS_PAST_SALE_PICK')}
          <select name="order" ref={first} value={order.id} onChange={(e) => (pastSale.value = choices.find((o) => o.id === (e.currentTarget as HTMLSelectElement).value) ?? order)}>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                #{o.number} · {formatCents(o.totalCents)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" id="reprint" onClick={reprint}>{t('POS_REPRINT')}</button>
        <fieldset class="methods tenders" aria-label={t('POS_REFUND_TENDER')}>
          <legend>{t('POS_REFUND_TENDER')}</legend>
          {payments?.payments.length === 0 && <p class="hint">{t('POS_PAST_SALE_UNPAID')}</p>}
          {payments?.payments.map((p) => (
            <label key={p.id} class={`option${chosen === p.id ? ' on' : ''}`} data-payment-id={p.id}>
              <input type="radio" name="payment" value={p.id} checked={chosen === p.id} disabled={refundableCents(p) <= 0} onChange={() => setChosen(p.id)} />
              <span>
                {methodName(p.method)} {formatCents(p.amountCents)}
                {p.refundedCents > 0 && ` · ${t('POS_REFUNDED', { amount: formatCents(p.refundedCents) })}`}
              </span>
            </label>
          ))}
        </fieldset>
        <label>
          {t('POS_REFUND_AMOUNT')}
          <input name="amount" inputMode="decimal" placeholder={payment ? formatCents(refundableCents(payment)) : ''} />
        </label>
        <label>
          {t('POS_REASON')}
          <input name="reason" maxLength={200} />
        </label>
        <ManagerFields />
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={close}>{t('POS_HELP_CLOSE')}</button>
          <button type="submit" class="primary danger-fill" disabled={!payment || refundableCents(payment) <= 0}>{t('POS_REFUND_CONFIRM')}</button>
        </div>
      </form>
    </div>
  );
}
