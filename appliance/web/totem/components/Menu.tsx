import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { add, cart, cartTotal, categories, checkout, problem, products, remove, reset } from '../state/kiosk';
import { t } from '../texts';

/** Categories, the products as large tiles, and the order with its total and the two ways to pay. */
export function Menu() {
  const [category, setCategory] = useState<string | null>(null);
  const shown = products.value.filter((p) => !category || p.categoryId === category);
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
          <button type="button" key={p.id} class="product" data-product-id={p.id} onClick={() => add(p)}>
            {p.photoUrl ? (
              <img class="photo" src={p.photoUrl} alt="" width={240} height={240} />
            ) : (
              <span class="initial" aria-hidden="true">
                {p.name.slice(0, 1)}
              </span>
            )}
            <span class="name">{p.name}</span>
            <span class="price">{formatCents(p.priceCents)}</span>
          </button>
        ))}
      </section>
      <aside class="order" id="order">
        <h2>{t('TOTEM_CART')}</h2>
        {cart.value.length === 0 && <p class="hint">{t('TOTEM_CART_EMPTY')}</p>}
        <ul>
          {cart.value.map((line) => (
            <li key={line.product.id} class="line">
              <span>
                {line.quantity}× {line.product.name}
              </span>
              <span>{formatCents(line.product.priceCents * line.quantity)}</span>
              <button type="button" class="remove" aria-label={t('TOTEM_REMOVE')} onClick={() => remove(line.product.id)}>
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
          {t('TOTEM_TOTAL')} <strong id="total">{formatCents(cartTotal.value)}</strong>
        </p>
        <div class="pay">
          <button type="button" class="primary" id="pay-pix" disabled={cart.value.length === 0} onClick={() => void checkout('PIX')}>
            {t('TOTEM_PAY_PIX')}
          </button>
          <button type="button" class="primary" id="pay-card" disabled={cart.value.length === 0} onClick={() => void checkout('CREDIT')}>
            {t('TOTEM_PAY_CARD')}
          </button>
          <button type="button" onClick={reset}>
            {t('TOTEM_CANCEL')}
          </button>
        </div>
      </aside>
    </main>
  );
}
