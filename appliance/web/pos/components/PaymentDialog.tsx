import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { formatCents, parseCents } from '../../shared/money';
import { busy } from '../state/actions';
import { offline } from '../state/connection';
import { payCash } from '../state/queued-sale';
import { payElectronic, payingOrder, pendingPix, type SentOrder, type TenderMethod } from '../state/sale';
import { managerAction } from '../state/ui';
import { errorText, t } from '../texts';
import type { PosMessageKey } from '../messages.pt-BR';
import { PixQr } from './PixQr';

const METHODS: [TenderMethod, PosMessageKey][] = [
  ['CASH', 'POS_PAY_CASH'],
  ['CREDIT', 'POS_PAY_CREDIT'],
  ['DEBIT', 'POS_PAY_DEBIT'],
  ['PIX', 'POS_PAY_PIX'],
];

/**
 * Payment of one order, one tender at a time (split: pay part, the rest stays due). Cash gets the
 * change calculator (empty amount = exactly what is due); cards go to the TEF terminal; PIX shows
 * its QR until the gateway confirms.
 */
export function PaymentDialog({ order }: { order: SentOrder }) {
  const due = order.totalCents - order.paidCents;
  const [method, setMethod] = useState<TenderMethod>('CASH');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const amountField = useAutofocus<HTMLInputElement>();
  const typedCents = typed.trim() === '' ? due : parseCents(typed);
  const change = method === 'CASH' && typedCents !== null ? typedCents - due : null;
  const pix = pendingPix.value;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value || pix) return;
    if (typedCents === null) return setError(t('POS_INVALID_AMOUNT'));
    if (method === 'CASH' && typedCents < due) return setError(t('POS_TENDER_TOO_LOW'));
    if (method !== 'CASH' && typedCents > due) return setError(t('POS_AMOUNT_TOO_HIGH'));
    if (method !== 'CASH' && offline.value) return setError(t('POS_NEEDS_CONNECTION'));
    setError('');
    busy.value = true;
    try {
      if (method === 'CASH') await payCash(order, due, typedCents);
      else await payElectronic(order, method, typedCents);
      setTyped('');
      setMethod('CASH');
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
    else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (event.target as HTMLElement).tagName === 'INPUT' && (event.target as HTMLInputElement).name === 'amount') {
      const at = METHODS.findIndex(([m]) => m === method);
      setMethod(METHODS[(at + (event.key === 'ArrowDown' ? 1 : METHODS.length - 1)) % METHODS.length][0]);
    } else return;
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
        {order.estimateCents !== undefined && (
          <p class="error" id="pay-repriced" role="alert">
            {t('POS_PRICE_CHANGED_HINT', { estimate: formatCents(order.estimateCents) })}
          </p>
        )}
        {order.paidCents > 0 && <p class="hint" id="pay-paid">{t('POS_PAID_SO_FAR', { amount: formatCents(order.paidCents) })}</p>}
        <fieldset class="methods" aria-label={t('POS_PAY_METHOD')}>
          <legend>{t('POS_PAY_METHOD')}</legend>
          {METHODS.map(([m, label]) => (
            <label key={m} class={`option${method === m ? ' on' : ''}`}>
              <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />
              <span>{t(label)}</span>
            </label>
          ))}
        </fieldset>
        <label>
          {t(method === 'CASH' ? 'POS_TENDERED' : 'POS_PAY_AMOUNT')}
          <input name="amount" inputMode="decimal" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} ref={amountField} placeholder={formatCents(due)} />
        </label>
        {method === 'CASH' && (
          <div class="change">
            <span>{t('POS_CHANGE')}</span>
            <strong id="pay-change">{change !== null && change >= 0 ? formatCents(change) : '—'}</strong>
          </div>
        )}
        {busy.value && (method === 'CREDIT' || method === 'DEBIT') && <p class="hint" role="status">{t('POS_CARD_WAITING')}</p>}
        {pix && <PixQr image={pix.qrImage} payload={pix.qrPayload} />}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (managerAction.value = 'discount')}>{t('POS_DISCOUNT_KEY')}</button>
          <button type="button" class="danger" onClick={() => (managerAction.value = 'cancel')}>{t('POS_CANCEL_ORDER_KEY')}</button>
        </div>
        <div class="actions">
          <button type="button" onClick={() => (payingOrder.value = null)}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary" disabled={busy.value || pix !== null}>{t('POS_CONFIRM_PAYMENT')}</button>
        </div>
      </form>
    </div>
  );
}
