import { useAutofocus } from '../../shared/autofocus';
import { formatCents } from '../../shared/money';
import { lastChange } from '../state/sale';
import { focusSearch } from '../state/ui';
import { t } from '../texts';

/** After a cash sale: the change to hand back, big; Enter starts the next sale. */
export function PaidDialog({ number, changeCents }: { number: number; changeCents: number }) {
  const button = useAutofocus<HTMLButtonElement>();
  const close = () => {
    lastChange.value = null;
    setTimeout(focusSearch, 0);
  };
  return (
    <div class="overlay">
      <div class="card dialog paid" role="alertdialog" id="paid">
        <h2>{t('POS_PAID', { number })}</h2>
        <p class="big" id="paid-change">{t('POS_PAID_CHANGE', { change: formatCents(changeCents) })}</p>
        <button type="button" class="primary" ref={button} onClick={close}>{t('POS_NEW_SALE')}</button>
      </div>
    </div>
  );
}
