import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { optionLabels } from '../../shared/product-options';
import { cart, lineTotal, removeOne } from '../state/cart';
import { choose, detail, offer } from '../state/choices';
import { maskedCpf, openKeypad, taxId } from '../state/cpf';
import { checkout, priced, problem, reset } from '../state/kiosk';
import { categories, products, topCategoryOf } from '../state/menu';
import { t } from '../texts';
import { CpfKeypad } from './CpfKeypad';
import { Offer } from './Offer';
import { ProductDetail } from './ProductDetail';
import { ProductTile } from './ProductPhoto';

/** Categories, the products as large tiles, the order with its total and the two ways to pay; a product's choices and the upsell over it. */
export function Menu() {
  const [category, setCategory] = useState<string | null>(null);
  // The appliance's prices of this very cart (the kiosk's promotions applied); the catalog's until they arrive.
  const price = priced.value?.for === cart.value ? priced.value : null;
  const pricing = cart.value.length > 0 && price === null;
  const shown = products.value.filter((p) => !category || (p.categoryId !== null && topCategoryOf.value.get(p.categoryId) === category));
  return (
    <main class="menu">
      <nav class="categories">
        <button type="button" class={category === null ? 'on' : ''} onClick={() => setCategory(null)}>
          {t('TOTEM_ALL')}
        </button>
        {categories.value.map((c) => (
          <button type="button" key={c.id} class={category === c.id ? 'on' : ''} onClick={() => setCategory(c.id)}>
            {c.name}
          </button>
        ))}
      </nav>
      <section class="products">
        {shown.map((p) => (
          <ProductTile key={p.id} product={p} size={240} data-product-id={p.id} onPick={() => choose(p)} />
        ))}
      </section>
      <aside class="order" id="order">
        <h2>{t('TOTEM_CART')}</h2>
        {cart.value.length === 0 && <p class="hint">{t('TOTEM_CART_EMPTY')}</p>}
        <ul>
          {cart.value.map((line, i) => (
            <li key={line.key} class="line">
              <span>
                {line.quantity}× {line.product.name}
                {line.optionIds.length > 0 && <small class="opts">{optionLabels(line.product, line.optionIds).join(' · ')}</small>}
              </span>
              <span>{formatCents(price?.lineCents[i] ?? lineTotal(line))}</span>
              <button type="button" class="remove" aria-label={t('TOTEM_REMOVE')} onClick={() => removeOne(line.key)}>
                −
              </button>
            </li>
          ))}
        </ul>
        {problem.value && (
          <p class="problem" role="alert">
            {problem.value}
          </p>
        )}
        <p class="total">
          {t('TOTEM_TOTAL')}{' '}
          {pricing ? (
            <strong class="pricing" aria-busy="true">
              {t('TOTEM_PRICING')}
            </strong>
          ) : (
            <strong id="total">{formatCents(price?.totalCents ?? 0)}</strong>
          )}
        </p>
        <button type="button" class="cpf-button" id="cpf-open" onClick={openKeypad}>
          {taxId.value ? t('TOTEM_CPF_ON', { cpf: maskedCpf(taxId.value) }) : t('TOTEM_CPF')}
        </button>
        <div class="pay">
          <button type="button" class="primary" id="pay-pix" disabled={cart.value.length === 0 || pricing} onClick={() => void checkout('PIX')}>
            {t('TOTEM_PAY_PIX')}
          </button>
          <button type="button" class="primary" id="pay-card" disabled={cart.value.length === 0 || pricing} onClick={() => void checkout('CREDIT')}>
            {t('TOTEM_PAY_CREDIT')}
          </button>
          <button type="button" class="primary" id="pay-debit" disabled={cart.value.length === 0 || pricing} onClick={() => void checkout('DEBIT')}>
            {t('TOTEM_PAY_DEBIT')}
          </button>
          <button type="button" onClick={reset}>
            {t('TOTEM_CANCEL')}
          </button>
        </div>
      </aside>
      {detail.value && <ProductDetail />}
      {offer.value && <Offer />}
      <CpfKeypad />
    </main>
  );
}
