import { useEffect, useState } from 'preact/hooks';
import { OfflineError } from '../../shared/api';
import { useAutofocus } from '../../shared/autofocus';
import { closeOnEscape } from '../../shared/escape';
import { formatCents, parseCents } from '../../shared/money';
import type { PosMessageKey } from '../messages.pt-BR';
import { busy } from '../state/actions';
import { cart } from '../state/cart';
import { shownCartTotal } from '../state/cart-prices';
import { abandonDelivery, type DeliveryQuote, type DoorMethod, deliveryGoodsCents, deliveryOpen, digitsOf, placeDelivery, placedWithoutDelivery, quoteAddress } from '../state/delivery';
import { tell } from '../state/notice';
import { focusSearch } from '../state/ui';
import { errorText, t } from '../texts';

type Field = 'recipientName' | 'phone' | 'postalCode' | 'street' | 'number' | 'complement' | 'district' | 'city' | 'state' | 'reference';
type Typed = Record<Field, string>;

const EMPTY: Typed = { recipientName: '', phone: '', postalCode: '', street: '', number: '', complement: '', district: '', city: '', state: '', reference: '' };

/** The fields in the order the cashier asks for them on the phone (and tabs through), with their grid width. */
const FIELDS: { field: Field; label: PosMessageKey; span: number; inputMode?: string; maxLength: number }[] = [
  { field: 'recipientName', label: 'POS_DELIVERY_RECIPIENT', span: 4, maxLength: 120 },
  { field: 'phone', label: 'POS_DELIVERY_PHONE', span: 2, inputMode: 'tel', maxLength: 20 },
  { field: 'postalCode', label: 'POS_DELIVERY_CEP', span: 2, inputMode: 'numeric', maxLength: 9 },
  { field: 'street', label: 'POS_DELIVERY_STREET', span: 3, maxLength: 200 },
  { field: 'number', label: 'POS_DELIVERY_NUMBER', span: 1, maxLength: 20 },
  { field: 'complement', label: 'POS_DELIVERY_COMPLEMENT', span: 2, maxLength: 100 },
  { field: 'district', label: 'POS_DELIVERY_DISTRICT', span: 2, maxLength: 100 },
  { field: 'city', label: 'POS_DELIVERY_CITY', span: 2, maxLength: 100 },
  { field: 'state', label: 'POS_DELIVERY_STATE', span: 1, maxLength: 2 },
  { field: 'reference', label: 'POS_DELIVERY_REFERENCE', span: 5, maxLength: 200 },
];
const REQUIRED: Field[] = ['recipientName', 'phone', 'postalCode', 'street', 'number', 'district', 'city', 'state'];

const DOOR_METHODS: [DoorMethod, PosMessageKey][] = [
  ['CASH', 'POS_DELIVERY_CASH'],
  ['CREDIT', 'POS_DELIVERY_CREDIT'],
  ['DEBIT', 'POS_DELIVERY_DEBIT'],
  ['VOUCHER', 'POS_DELIVERY_VOUCHER'],
];
/** At the till the existing payment dialog takes the money: no voucher there, PIX on its QR. */
const NOW_METHODS: [DoorMethod, PosMessageKey][] = [...DOOR_METHODS.slice(0, 3), ['PIX', 'POS_DELIVERY_PIX']];

/** The address as the appliance reads it; null until every part it needs for a zone is there. */
function addressOf(typed: Typed) {
  const postalCode = digitsOf(typed.postalCode);
  const state = typed.state.trim().toUpperCase();
  const filled = typed.street.trim() && typed.number.trim() && typed.district.trim() && typed.city.trim();
  if (postalCode.length !== 8 || !/^[A-Z]{2}$/.test(state) || !filled) return null;
  return {
    street: typed.street.trim(),
    number: typed.number.trim(),
    complement: typed.complement.trim() || null,
    district: typed.district.trim(),
    city: typed.city.trim(),
    state,
    postalCode,
    reference: typed.reference.trim() || null,
    latitude: null,
    longitude: null,
  };
}

type QuoteState = { kind: 'none' } | { kind: 'quoting'; key: string } | { kind: 'quoted'; key: string; quote: DeliveryQuote } | { kind: 'refused'; key: string; message: string };

/** Wait after the last key before asking for the fee: typing "Pinheiros" is one quote, not nine. */
const QUOTE_DELAY_MS = 350;

export interface DeliveryDialogProps {
  /** Where the zone comes from: the appliance's `POST /delivery/quote` (a test hands in its answers). */
  quote?: typeof quoteAddress;
  /** The goods' price on a DELIVERY order (the appliance's pricing; a test hands in its own). */
  goods?: typeof deliveryGoodsCents;
}

/**
 * F5, "Entrega": the cart goes out with the store's couriers. Who receives it and where; the zone's
 * fee and time quoted as soon as the address allows, with the total; paid at the door (cash with the
 * change to take, or a card on the courier's machine, or a meal voucher) or now at the till.
 * A refusal shows the appliance's pt-BR message and keeps everything typed.
 */
export function DeliveryDialog({ quote = quoteAddress, goods = deliveryGoodsCents }: DeliveryDialogProps) {
  const [typed, setTyped] = useState<Typed>(EMPTY);
  const [payNow, setPayNow] = useState(false);
  const [method, setMethod] = useState<DoorMethod>('CASH');
  const [changeFor, setChangeFor] = useState('');
  const [goodsCents, setGoodsCents] = useState(shownCartTotal.value);
  const [quoted, setQuoted] = useState<QuoteState>({ kind: 'none' });
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const address = addressOf(typed);
  const addressKey = address ? JSON.stringify(address) : '';

  useEffect(() => {
    // The order is priced for its channel: a delivery markup shows here, not the counter's price.
    goods(cart.value).then(setGoodsCents, () => undefined);
  }, []);

  useEffect(() => {
    if (!address) return setQuoted({ kind: 'none' });
    const abort = new AbortController();
    const timer = setTimeout(() => {
      setQuoted({ kind: 'quoting', key: addressKey });
      quote(address, abort.signal).then(
        (answer) => setQuoted({ kind: 'quoted', key: addressKey, quote: answer }),
        (failure: unknown) => {
          if (!abort.signal.aborted) setQuoted({ kind: 'refused', key: addressKey, message: failure instanceof OfflineError ? t('POS_DELIVERY_NEEDS_CONNECTION') : errorText(failure) });
        },
      );
    }, QUOTE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [addressKey]);

  const zone = quoted.kind === 'quoted' && quoted.key === addressKey ? quoted.quote.zone : null;
  const totalCents = zone ? goodsCents + zone.feeCents : null;
  const methods = payNow ? NOW_METHODS : DOOR_METHODS;
  const takesChange = !payNow && method === 'CASH';
  const changeForCents = takesChange && changeFor.trim() !== '' ? parseCents(changeFor) : null;

  const set = (field: Field) => (event: Event) => setTyped({ ...typed, [field]: (event.currentTarget as HTMLInputElement).value });
  const choosePayNow = (now: boolean) => {
    setPayNow(now);
    if (!(now ? NOW_METHODS : DOOR_METHODS).some(([m]) => m === method)) setMethod('CASH');
  };

  /** The first thing still wrong before anything goes to the kitchen, in the cashier's words; '' when none. */
  const problem = (): string => {
    const missing = REQUIRED.filter((field) => typed[field].trim() === '');
    if (missing.length > 0) return t('POS_DELIVERY_REQUIRED', { fields: missing.map((field) => t(FIELDS.find((f) => f.field === field)!.label)).join(', ') });
    const phone = digitsOf(typed.phone).length;
    if (phone < 10 || phone > 11) return t('POS_DELIVERY_PHONE_INVALID');
    if (digitsOf(typed.postalCode).length !== 8) return t('POS_DELIVERY_CEP_INVALID');
    if (!/^[A-Za-z]{2}$/.test(typed.state.trim())) return t('POS_DELIVERY_STATE_INVALID');
    if (quoted.kind === 'refused' && quoted.key === addressKey) return quoted.message;
    if (!zone || totalCents === null) return t('POS_DELIVERY_NO_QUOTE');
    if (goodsCents < zone.minimumOrderCents) return t('POS_DELIVERY_BELOW_MINIMUM', { zone: zone.name, minimum: formatCents(zone.minimumOrderCents) });
    if (takesChange && changeFor.trim() !== '' && changeForCents === null) return t('POS_INVALID_AMOUNT');
    if (changeForCents !== null && changeForCents <= totalCents) return t('POS_DELIVERY_CHANGE_TOO_SMALL', { total: formatCents(totalCents) });
    return '';
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy.value) return;
    const wrong = problem();
    if (wrong) return setError(wrong);
    setError('');
    busy.value = true;
    try {
      await placeDelivery(
        { ...address!, recipientName: typed.recipientName.trim(), phone: typed.phone.trim() },
        { payNow, method, changeForCents },
      );
    } catch (failure) {
      const reason = failure instanceof OfflineError ? t('POS_DELIVERY_NEEDS_CONNECTION') : errorText(failure);
      const placed = placedWithoutDelivery();
      setError(placed ? `${reason} ${t('POS_DELIVERY_ALREADY_PLACED', { number: placed.number })}` : reason);
    } finally {
      busy.value = false;
    }
  };

  const close = () => {
    if (busy.value) return;
    const placed = placedWithoutDelivery();
    if (placed) {
      abandonDelivery().then(
        () => tell('info', t('POS_DELIVERY_ABANDONED', { number: placed.number })),
        (failure: unknown) => tell('error', errorText(failure)),
      );
    }
    deliveryOpen.value = false;
    setTimeout(focusSearch, 0);
  };

  return (
    <div class="overlay">
      <form class="card dialog delivery" id="delivery-form" onSubmit={submit} onKeyDown={closeOnEscape(close)} autocomplete="off" noValidate>
        <h2>{t('POS_DELIVERY_TITLE')}</h2>
        <div class="columns">
          <div class="address">
            {FIELDS.map(({ field, label, span, inputMode, maxLength }, i) => (
              <label key={field} style={{ gridColumn: `span ${span}` }}>
                {t(label)}
                <input name={field} value={typed[field]} onInput={set(field)} inputMode={inputMode as 'tel'} maxLength={maxLength} ref={i === 0 ? first : undefined} />
              </label>
            ))}
          </div>
          <div class="terms">
            <div class="quote" id="delivery-quote" aria-live="polite">
              {quoted.kind === 'none' && <p class="hint">{t('POS_DELIVERY_QUOTE_WAITING')}</p>}
              {quoted.kind === 'quoting' && <p class="hint">{t('POS_DELIVERY_QUOTING')}</p>}
              {quoted.kind === 'refused' && quoted.key === addressKey && <p class="error" id="delivery-out-of-area">{quoted.message}</p>}
              {zone && totalCents !== null && (
                <>
                  <p class="zone" id="delivery-zone">{t('POS_DELIVERY_ZONE', { zone: zone.name, minutes: zone.estimateMinutes })}</p>
                  <div class="sum">
                    <span>{t('POS_DELIVERY_GOODS')}</span>
                    <span id="delivery-goods">{formatCents(goodsCents)}</span>
                  </div>
                  <div class="sum">
                    <span>{t('POS_DELIVERY_FEE')}</span>
                    <span id="delivery-fee">{formatCents(zone.feeCents)}</span>
                  </div>
                  <div class="due">
                    <span>{t('POS_DELIVERY_TOTAL')}</span>
                    <strong id="delivery-total">{formatCents(totalCents)}</strong>
                  </div>
                </>
              )}
            </div>
            <fieldset class="methods when">
              <legend>{t('POS_DELIVERY_WHEN')}</legend>
              {([false, true] as const).map((now) => (
                <label key={String(now)} class={`option${payNow === now ? ' on' : ''}`}>
                  <input type="radio" name="when" value={now ? 'now' : 'door'} checked={payNow === now} onChange={() => choosePayNow(now)} />
                  <span>{t(now ? 'POS_DELIVERY_PAY_NOW' : 'POS_DELIVERY_AT_DOOR')}</span>
                </label>
              ))}
            </fieldset>
            <fieldset class="methods">
              <legend>{t('POS_DELIVERY_METHOD')}</legend>
              {methods.map(([m, label]) => (
                <label key={m} class={`option${method === m ? ' on' : ''}`}>
                  <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} />
                  <span>{t(label)}</span>
                </label>
              ))}
            </fieldset>
            {payNow && <p class="hint">{t('POS_DELIVERY_PAY_NOW_HINT')}</p>}
            {!payNow && method !== 'CASH' && <p class="hint">{t('POS_DELIVERY_CARD_HINT')}</p>}
            {takesChange && (
              <label class="change-for">
                {t('POS_DELIVERY_CHANGE_FOR')}
                <input name="changeFor" inputMode="decimal" value={changeFor} onInput={(e) => setChangeFor((e.currentTarget as HTMLInputElement).value)} />
                {changeForCents !== null && totalCents !== null && changeForCents > totalCents && (
                  <span class="hint" id="delivery-change">{t('POS_DELIVERY_CHANGE_TO_TAKE', { change: formatCents(changeForCents - totalCents) })}</span>
                )}
              </label>
            )}
          </div>
        </div>
        {error && <p class="error" role="alert" id="delivery-error">{error}</p>}
        <div class="actions">
          <button type="button" onClick={close}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary" disabled={busy.value}>{t(payNow ? 'POS_DELIVERY_CONFIRM_PAY' : 'POS_DELIVERY_CONFIRM')}</button>
        </div>
      </form>
    </div>
  );
}
