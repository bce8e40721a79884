import { Component } from 'preact';
import { formatCents } from '../../shared/money';
import { type CartLine, lineTotal, optionLabels, setQuantity } from '../state/cart';
import { t } from '../texts';

/**
 * One line of the cart. Lines are immutable (a change makes a new object), so a row re-renders only
 * when its own line changed: adding the 20th line does not re-diff the 19 before it.
 */
export class CartLineRow extends Component<{ line: CartLine }> {
  override shouldComponentUpdate(next: { line: CartLine }): boolean {
    return next.line !== this.props.line;
  }

  override render({ line }: { line: CartLine }) {
    return (
      <li class="line" data-product-id={line.product.id}>
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
    );
  }
}
