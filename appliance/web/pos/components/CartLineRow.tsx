import { Component } from 'preact';
import { formatCents, formatGrams } from '../../shared/money';
import { type CartLine, optionLabels, setQuantity, soldByWeight } from '../state/cart';
import { tracedLine } from '../state/price-trace';
import { t } from '../texts';

interface Props {
  line: CartLine;
  /** The line's total on screen: the appliance's price once it priced the cart, else the estimate. */
  cents: number;
}

/**
 * One line of the cart. Lines are immutable (a change makes a new object), so a row re-renders only
 * when its own line or its price changed: adding the 20th line does not re-diff the 19 before it.
 */
export class CartLineRow extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.line !== this.props.line || next.cents !== this.props.cents;
  }

  override render({ line, cents }: Props) {
    const weighed = soldByWeight(line.product);
    return (
      <li class="line" data-product-id={line.product.id}>
        <div class="line-head">
          <span class="qty">{weighed ? formatGrams(line.quantity) : `${line.quantity}×`}</span>
          <span class="name">{line.product.name}</span>
          {/* A tap on the price shows which rules made it. */}
          <button type="button" class="amount" title={t('POS_TRACE_BUTTON')} onClick={() => (tracedLine.value = line)}>
            {formatCents(cents)}
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
