import { useAutofocus } from '../../shared/autofocus';
import { useState } from 'preact/hooks';
import { formatCents, parseCents } from '../../shared/money';
import { busy } from '../state/actions';
import { payCash, payingOrder, type SentOrder } from '../state/sale';
import { managerAction } from '../state/ui';
import { errorText, t } from '../texts';

/** Cash with the change calculator: type what the customer handed over, Enter confirms. */
export function PaymentDialog({ order }: { order: SentOrder }) {
  const due = order.totalCents - order.paidCents;
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const tendered = typed.trim() === '' ? due : parseCents(typed);
  const change = tendered === null ? null : tendered - due;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    if (tendered === null) return setError(t('POS_INVALID_AMOUNT'));
    if (tendered < due) return setError(t('POS_TENDER_TOO_LOW'));
    busy.value = true;
    try {
      await payCash(order, tendered);
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      busy.value = false;
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') payingOrder.value = null;
    else if (event.key === 'F7') managerAction.value = 'discount';
    else if (event.key === 'F4') managerAction.value = 'cancel';
    else return;
    event.preventDefault();
  };
  return (
    <div class="overlay">
      <form class="card dialog pay" id="payment-form" onSubmit={submit} onKeyDown={onKey} autocomplete="off">
        <h2>{t('POS_PAY_TITLE', { number: order.number })}</h2>
        <div class="due">
          <span>{t('POS_TOTAL')}</span>
          <strong id="pay-total">{formatCents(due)}</strong>
        </div>
        <p class="method">{t('POS_PAY_CASH')}</p>
        <label>
          {t('POS_TENDERED')}
          <input name="tendered" inputMode="decimal" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} ref={first} placeholder={formatCents(due)} />
        </label>
        <div class="change">
          <span>{t('POS_CHANGE')}</span>
          <strong id="pay-change">{change !== null && change >= 0 ? formatCents(change) : '—'}</strong>
        </div>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (managerAction.value = 'discount')}>{t('POS_DISCOUNT_KEY')}</button>
          <button type="button" class="danger" onClick={() => (managerAction.value = 'cancel')}>{t('POS_CANCEL_ORDER_KEY')}</button>
        </div>
        <div class="actions">
          <button type="button" onClick={() => (payingOrder.value = null)}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary" disabled={busy.value}>{t('POS_CONFIRM_PAYMENT')}</button>
        </div>
      </form>
    </div>
  );
}
