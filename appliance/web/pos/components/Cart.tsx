import { formatCents } from '../../shared/money';
import { busy, sendToKitchen, startPayment } from '../state/actions';
import { cart, consumerTaxId } from '../state/cart';
import { openDelivery } from '../state/delivery';
import { cartPriced, shownCartTotal, shownLineTotal } from '../state/cart-prices';
import { t } from '../texts';
import { CartLineRow } from './CartLineRow';

/**
 * The sale being built: lines with options and notes, quantities, the total, send and pay. Prices
 * are the appliance's (the store's rules) once it priced the cart, the catalog's estimate until then.
 */
export function Cart() {
  const lines = cart.value;
  return (
    <section class="cart" aria-live="polite">
      <ol class="lines">
        {lines.length === 0 && <li class="empty">{t('POS_CART_EMPTY')}</li>}
        {lines.map((line) => (
          <CartLineRow key={line.key} line={line} cents={shownLineTotal(line)} />
        ))}
      </ol>
      {consumerTaxId.value && <p class="taxid" id="cart-taxid">{t('POS_CPF_ON_SALE', { taxId: consumerTaxId.value })}</p>}
      <div class="total">
        <span>{t('POS_TOTAL')}</span>
        <strong id="cart-total" data-priced={String(cartPriced.value)}>
          {formatCents(shownCartTotal.value)}
        </strong>
      </div>
      <div class="actions">
        <button type="button" id="cart-send" disabled={busy.value || lines.length === 0} onClick={() => void sendToKitchen()}>{t('POS_SEND_KITCHEN')}</button>
        <button type="button" id="cart-delivery" disabled={busy.value || lines.length === 0} onClick={openDelivery}>{t('POS_DELIVERY_KEY')}</button>
        <button type="button" class="primary" disabled={busy.value} onClick={() => void startPayment()}>{t('POS_PAY')}</button>
      </div>
    </section>
  );
}
