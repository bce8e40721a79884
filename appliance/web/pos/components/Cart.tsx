import { formatCents } from '../../shared/money';
import { busy, sendToKitchen, startPayment } from '../state/actions';
import { cart, cartTotal, consumerTaxId, lineTotal, optionLabels, setQuantity } from '../state/cart';
import { t } from '../texts';

/** The sale being built: lines with options and notes, quantities, the estimated total, send and pay. */
export function Cart() {
  const lines = cart.value;
  return (
    <section class="cart" aria-live="polite">
      <ol class="lines">
        {lines.length === 0 && <li class="empty">{t('POS_CART_EMPTY')}</li>}
        {lines.map((line) => (
          <li key={line.key} class="line" data-product-id={line.product.id}>
            <div class="line-head">
              <span class="qty">{line.quantity}×</span>
              <span class="name">{line.product.name}</span>
              <span class="amount">{formatCents(lineTotal(line))}</span>
            </div>
            {line.optionIds.length > 0 && <p class="opts">{optionLabels(line.product, line.optionIds).join(' · ')}</p>}
            {line.notes && <p class="notes">{line.notes}</p>}
            <div class="line-actions">
              <button type="button" aria-label="−" onClick={() => setQuantity(line.key, line.quantity - 1)}>−</button>
              <button type="button" aria-label="+" onClick={() => setQuantity(line.key, line.quantity + 1)}>+</button>
              <button type="button" class="danger" onClick={() => setQuantity(line.key, 0)}>{t('POS_REMOVE')}</button>
            </div>
          </li>
        ))}
      </ol>
      {consumerTaxId.value && <p class="taxid" id="cart-taxid">{t('POS_CPF_ON_SALE', { taxId: consumerTaxId.value })}</p>}
      <div class="total">
        <span>{t('POS_TOTAL')}</span>
        <strong id="cart-total">{formatCents(cartTotal.value)}</strong>
      </div>
      <div class="actions">
        <button type="button" disabled={busy.value || lines.length === 0} onClick={() => void sendToKitchen()}>{t('POS_SEND_KITCHEN')}</button>
        <button type="button" class="primary" disabled={busy.value} onClick={() => void startPayment()}>{t('POS_PAY')}</button>
      </div>
    </section>
  );
}
