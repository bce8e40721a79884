import { Component } from 'preact';
import { formatCents, formatGrams } from '../../shared/money';
import { type CartLine, lineTotal, optionLabels, setQuantity, soldByWeight } from '../state/cart';
import { tracedLine } from '../state/price-trace';
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
    const weighed = soldByWeight(line.product);
    return (
      <li class="line" data-product-id={line.product.id}>
        <div class="line-head">
          <span class="qty">{weighed ? formatGrams(line.quantity) : `${line.quantity}×`}</span>
          <span class="name">{line.product.name}</span>
          {/* A tap on the price shows which rules made it. */}
          <button type="button" class="amount" title={t('POS_TRACE_BUTTON')} onClick={() => (tracedLine.value = line)}>
            {formatCents(lineTotal(line))}
          </button>
        </div>
        {line.optionIds.length > 0 && <p class="opts">{optionLabels(line.product, line.optionIds).join(' · ')}</p>}
        {line.notes && <p class="notes">{line.notes}</p>}
        <div class="line-actions">
          {!weighed && (
            <>
              <button type="button" aria-label="−" onClick={() => setQuantity(line.key, line.quantity - 1)}>−</button>
              <button type="button" aria-label="+" onClick={() => setQuantity(line.key, line.quantity + 1)}>+</button>
            </>
          )}
          <button type="button" class="danger" onClick={() => setQuantity(line.key, 0)}>{t('POS_REMOVE')}</button>
        </div>
      </li>
    );
  }
}
