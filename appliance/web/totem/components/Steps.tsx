import { formatCents } from '../../shared/money';
import { leavePix, order, pix, reset, startOrder } from '../state/kiosk';
import { t } from '../texts';

export function Attract() {
  return (
    <button type="button" class="attract" id="attract" onClick={startOrder}>
      <strong>{t('TOTEM_ATTRACT')}</strong>
      <span>{t('TOTEM_ATTRACT_HINT')}</span>
    </button>
  );
}

/** The dynamic QR until the gateway confirms; the order goes to the kitchen only then. */
export function PixStep() {
  const charge = pix.value;
  return (
    <main class="step" id="pix">
      <h1>{t('TOTEM_PIX_TITLE')}</h1>
      {charge && <p class="amount">{formatCents(charge.amountCents)}</p>}
      {charge?.image && <img src={charge.image} alt="QR Code Pix" width={420} height={420} />}
      {charge && <p class="code">{charge.code}</p>}
      <p>{t('TOTEM_PIX_HINT')}</p>
      <button type="button" onClick={leavePix}>
        {t('TOTEM_BACK')}
      </button>
    </main>
  );
}

export function CardStep() {
  const paying = order.value;
  return (
    <main class="step" id="card">
      <h1>{t('TOTEM_CARD_TITLE')}</h1>
      {paying && <p class="amount">{formatCents(paying.totalCents)}</p>}
    </main>
  );
}

export function Done() {
  return (
    <main class="step done" id="done">
      <h1>{t('TOTEM_DONE_TITLE')}</h1>
      <p>{t('TOTEM_DONE_NUMBER')}</p>
      <p class="number" id="order-number">
        {order.value?.number}
      </p>
      <p>{t('TOTEM_DONE_HINT')}</p>
      <button type="button" class="primary" onClick={reset}>
        {t('TOTEM_NEW_ORDER')}
      </button>
    </main>
  );
}
