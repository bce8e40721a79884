import { useAutofocus } from '../../shared/autofocus';
import { formatCents } from '../../shared/money';
import type { PosMessageKey } from '../messages.pt-BR';
import { type DoorMethod, deliveryPlaced } from '../state/delivery';
import { focusSearch } from '../state/ui';
import { t } from '../texts';

const METHOD_LABEL: Record<DoorMethod, PosMessageKey> = {
  CASH: 'POS_DELIVERY_CASH',
  CREDIT: 'POS_DELIVERY_CREDIT',
  DEBIT: 'POS_DELIVERY_DEBIT',
  VOUCHER: 'POS_DELIVERY_VOUCHER',
  PIX: 'POS_DELIVERY_PIX',
};

/** A delivery paid at the door is in the kitchen: its number, what the courier collects and the change to take; Enter starts the next sale. */
export function DeliveryPlacedDialog({ number, totalCents, method, changeForCents }: { number: number; totalCents: number; method: DoorMethod; changeForCents: number | null }) {
  const button = useAutofocus<HTMLButtonElement>();
  const close = () => {
    deliveryPlaced.value = null;
    setTimeout(focusSearch, 0);
  };
  return (
    <div class="overlay">
      <div class="card dialog placed" role="alertdialog" id="delivery-placed" aria-label={t('POS_DELIVERY_PLACED_TITLE', { number })}>
        <h2>{t('POS_DELIVERY_PLACED_TITLE', { number })}</h2>
        <p class="lead">{t('POS_DELIVERY_PLACED_HINT')}</p>
        <div class="due" id="delivery-placed-due">
          <span>{t('POS_DELIVERY_PLACED_DUE', { method: t(METHOD_LABEL[method]) })}</span>
          <strong>{formatCents(totalCents)}</strong>
        </div>
        {changeForCents !== null && (
          <div class="change" id="delivery-placed-change">
            <span>{t('POS_DELIVERY_PLACED_CHANGE', { changeFor: formatCents(changeForCents) })}</span>
            <strong>{formatCents(changeForCents - totalCents)}</strong>
          </div>
        )}
        <button type="button" class="primary" ref={button} onClick={close}>{t('POS_NEW_SALE')}</button>
      </div>
    </div>
  );
}
