import { formatCents } from '../../shared/money';
import { pastSale } from '../state/past-sale';
import { sentOrders } from '../state/sale';
import { t } from '../texts';
import type { PosMessageKey } from '../messages.pt-BR';

/** This terminal's orders of the day with their live kitchen status; a tap opens one (reprint, refund). */
export function OrdersStrip() {
  const orders = sentOrders.value;
  return (
    <section class="orders" aria-label={t('POS_ORDERS')}>
      <h2>{t('POS_ORDERS')}</h2>
      {orders.length === 0 && <p class="hint">{t('POS_ORDERS_EMPTY')}</p>}
      <ul>
        {orders.map((o) => (
          <li key={o.id} class={`order ${o.status}`} data-order-id={o.id} data-status={o.status}>
            <button type="button" onClick={() => (pastSale.value = o)}>
              <b>#{o.number}</b> <span>{t(`POS_KITCHEN_STATUS_${o.status}` as PosMessageKey)}</span> <small>{formatCents(o.totalCents)}</small>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
