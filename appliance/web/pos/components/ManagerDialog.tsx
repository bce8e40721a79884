import { closeOnEscape } from '../../shared/escape';
import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { parseCents } from '../../shared/money';
import { tell } from '../state/notice';
import { cancelOrder, discountOrder, type SentOrder } from '../state/sale';
import { managerAction } from '../state/ui';
import { errorText, t } from '../texts';
import { ManagerFields, managerApprovalOf } from './ManagerFields';

/** Discount (F7) or cancellation (F4) of the order being paid, with the manager's username and PIN. */
export function ManagerDialog({ kind, order }: { kind: 'discount' | 'cancel'; order: SentOrder }) {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const manager = managerApprovalOf(data);
    try {
      if (kind === 'discount') {
        const cents = parseCents(field('amount'));
        if (cents === null) return setError(t('POS_INVALID_AMOUNT'));
        await discountOrder(order, cents, field('reason'), manager);
      } else {
        await cancelOrder(order, field('reason'), manager);
        tell('info', t('POS_ORDER_CANCELLED', { number: order.number }));
      }
      managerAction.value = null;
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const onKey = closeOnEscape(() => {
    managerAction.value = null;
  });
  return (
    <div class="overlay">
      <form class="card dialog" id="manager-form" onSubmit={submit} onKeyDown={onKey} autocomplete="off">
        <h2>{t(kind === 'discount' ? 'POS_DISCOUNT_TITLE' : 'POS_CANCEL_TITLE', { number: order.number })}</h2>
        {kind === 'discount' && (
          <label>
            {t('POS_DISCOUNT_AMOUNT')}
            <input name="amount" inputMode="decimal" ref={first} />
          </label>
        )}
        <label>
          {t('POS_REASON')}
          <input name="reason" maxLength={140} ref={kind === 'cancel' ? first : undefined} />
        </label>
        <ManagerFields />
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (managerAction.value = null)}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary">{t('POS_AUTHORIZE')}</button>
        </div>
      </form>
    </div>
  );
}
