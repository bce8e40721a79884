import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { formatCents, parseCents } from '../../shared/money';
import { busy } from '../state/actions';
import { offline } from '../state/connection';
import { payCash } from '../state/queued-sale';
import { ApiError, OfflineError } from '../../shared/api';
import { partChange, payElectronic, payingOrder, pendingPix, type SentOrder, type StandaloneCard, type TenderMethod, withdrawPix } from '../state/sale';
import { managerAction } from '../state/ui';
import { errorText, t } from '../texts';
import type { PosMessageKey } from '../messages.pt-BR';
import { CardStatus, isCardRefusal } from './CardStatus';
import { PixQr } from './PixQr';
import { cardProgress, endCardProgress, startCardProgress } from '../state/card-payment';

/** The tender's method; `MACHINE_*` is a card taken on the standalone machine, recorded without TEF. */
type Choice = TenderMethod | 'MACHINE_CREDIT' | 'MACHINE_DEBIT';

const METHODS: [Choice, PosMessageKey][] = [
  ['CASH', 'POS_PAY_CASH'],
  ['CREDIT', 'POS_PAY_CREDIT'],
  ['DEBIT', 'POS_PAY_DEBIT'],
  ['PIX', 'POS_PAY_PIX'],
  ['MACHINE_CREDIT', 'POS_PAY_MACHINE_CREDIT'],
  ['MACHINE_DEBIT', 'POS_PAY_MACHINE_DEBIT'],
];

const isMachine = (choice: Choice): choice is 'MACHINE_CREDIT' | 'MACHINE_DEBIT' => choice.startsWith('MACHINE_');
const isTef = (choice: Choice): choice is 'CREDIT' | 'DEBIT' => choice === 'CREDIT' || choice === 'DEBIT';
/** The cancel got no word from the bank (the store or the PIX provider did not answer): the QR Code may still be paid. */
const pixCancelUnconfirmed = (failure: unknown) => failure instanceof OfflineError || (failure instanceof ApiError && failure.code === 'PAYMENT_GATEWAY_UNAVAILABLE');

/** The next person's part: what is due over the people still to pay, the odd centavos first. */
export function shareOf(dueCents: number, people: number, partsPaid: number): number {
  const left = people - partsPaid;
  return left > 1 ? Math.ceil(dueCents / left) : dueCents;
}

/** The NSU typed from the standalone machine's slip, if any. */
function machineSlip(event: Event): StandaloneCard {
  const nsu = String(new FormData(event.currentTarget as HTMLFormElement).get('nsu') ?? '').trim();
  return nsu ? { nsu } : {};
}

/**
 * Payment of one order, one tender at a time (split: pay part, the rest stays due). Cash gets the
 * change calculator (empty amount = exactly what is due); cards go to the TEF terminal; PIX shows
 * its QR until the gateway confirms.
 */
export function PaymentDialog({ order }: { order: SentOrder }) {
  const due = order.totalCents - order.paidCents;
  const [method, setMethod] = useState<Choice>('CASH');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  /** The TEF terminal refused or did not answer: its message, with a way to try again or choose another method. */
  const [refused, setRefused] = useState<string | null>(null);
  // Split by person: the bill in N equal parts, each paid as its own tender, in any method.
  const [people, setPeople] = useState(1);
  const [partsPaid, setPartsPaid] = useState(0);
  const amountField = useAutofocus<HTMLInputElement>();
  const share = shareOf(due, people, partsPaid);
  const typedCents = typed.trim() === '' ? share : parseCents(typed);
  const change = method === 'CASH' && typedCents !== null ? typedCents - share : null;
  const pix = pendingPix.value?.orderId === order.id ? pendingPix.value : null;
  const given = partChange.value?.orderId === order.id ? partChange.value.changeCents : null;
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value || pix) return;
    if (typedCents === null) return setError(t('POS_INVALID_AMOUNT'));
    if (method === 'CASH' && typedCents < share) return setError(t('POS_TENDER_TOO_LOW'));
    if (method !== 'CASH' && typedCents > due) return setError(t('POS_AMOUNT_TOO_HIGH'));
    if (method !== 'CASH' && offline.value) return setError(t('POS_NEEDS_CONNECTION'));
    setError('');
    setRefused(null);
    partChange.value = null;
    busy.value = true;
    if (isTef(method)) startCardProgress(order.id);
    try {
      if (method === 'CASH') await payCash(order, share, typedCents);
      else if (isMachine(method)) await payElectronic(order, method === 'MACHINE_CREDIT' ? 'CREDIT' : 'DEBIT', typedCents, machineSlip(event));
      else await payElectronic(order, method, typedCents);
      if (people > 1) setPartsPaid(partsPaid + 1);
      setTyped('');
      setMethod('CASH');
    } catch (failure) {
      if (isTef(method) && isCardRefusal(failure)) setRefused(errorText(failure));
      else setError(errorText(failure));
    } finally {
      endCardProgress();
      busy.value = false;
    }
  };
  /** Back from a refused card to the choice of method, the amount field ready for the next tender. */
  const otherMethod = () => {
    setRefused(null);
    setMethod('CASH');
    amountField.current?.focus();
  };
  /**
   * Leaves the payment (Esc, Cancelar). A PIX charge still on screen is withdrawn first, so the
   * next customer never sees its QR; one paid meanwhile settles the order instead.
   */
  const close = async () => {
    if (busy.value) return;
    if (!pix) {
      partChange.value = null;
      payingOrder.value = null;
      return;
    }
    setError('');
    busy.value = true;
    try {
      if ((await withdrawPix(order)) === 'withdrawn' && payingOrder.value?.id === order.id) {
        partChange.value = null;
        payingOrder.value = null;
      }
    } catch (failure) {
      setError(pixCancelUnconfirmed(failure) ? t('POS_PIX_CANCEL_UNAVAILABLE') : errorText(failure));
    } finally {
      busy.value = false;
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && refused !== null) otherMethod();
    else if (event.key === 'Escape') void close();
    else if (event.key === 'F7') managerAction.value = 'discount';
    else if (event.key === 'F4') managerAction.value = 'cancel';
    else if (event.key === 'F6') managerAction.value = 'cancel-line';
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
        <label class="people">
          {t('POS_SPLIT_PEOPLE')}
          <input name="people" type="number" min={1} max={20} value={people} onInput={(e) => setPeople(Math.max(1, Math.min(20, Number((e.currentTarget as HTMLInputElement).value) || 1)))} />
        </label>
        {people > 1 && (
          <p class="hint" id="pay-part">
            {t('POS_SPLIT_PART', { part: Math.min(partsPaid + 1, people), people, amount: formatCents(share) })}
          </p>
        )}
        {order.paidCents > 0 && <p class="hint" id="pay-paid">{t('POS_PAID_SO_FAR', { amount: formatCents(order.paidCents) })}</p>}
        {given !== null && (
          <div class="change" id="pay-part-change" role="status">
            <span>{t('POS_PART_CHANGE')}</span>
            <strong>{formatCents(given)}</strong>
          </div>
        )}
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
          <input name="amount" inputMode="decimal" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} ref={amountField} placeholder={formatCents(share)} />
        </label>
        {isMachine(method) && (
          <label>
            {t('POS_MACHINE_NSU')}
            <input name="nsu" maxLength={20} autocomplete="off" />
          </label>
        )}
        {method === 'CASH' && (
          <div class="change">
            <span>{t('POS_CHANGE')}</span>
            <strong id="pay-change">{change !== null && change >= 0 ? formatCents(change) : '—'}</strong>
          </div>
        )}
        {(cardProgress.value?.orderId === order.id || refused !== null) && <CardStatus progress={cardProgress.value} refused={refused} onOtherMethod={otherMethod} />}
        {pix && <PixQr image={pix.qrImage} payload={pix.qrPayload} />}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (managerAction.value = 'discount')}>{t('POS_DISCOUNT_KEY')}</button>
          <button type="button" id="pay-cancel-line" onClick={() => (managerAction.value = 'cancel-line')}>{t('POS_CANCEL_LINE_KEY')}</button>
          <button type="button" class="danger" onClick={() => (managerAction.value = 'cancel')}>{t('POS_CANCEL_ORDER_KEY')}</button>
        </div>
        <div class="actions">
          <button type="button" onClick={() => void close()}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary" disabled={busy.value || pix !== null}>{t(refused !== null ? 'POS_CARD_RETRY' : 'POS_CONFIRM_PAYMENT')}</button>
        </div>
      </form>
    </div>
  );
}
