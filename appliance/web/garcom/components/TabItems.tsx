import { formatCents } from '../../shared/money';
import { liveItems, type TabItem, type TabView } from '../state/floor';
import { pickedItems } from '../state/tab-actions';
import { t } from '../texts';

const ITEM_STATUS: Record<TabItem['status'], Parameters<typeof t>[0]> = {
  PENDING: 'WAITER_ITEM_PENDING',
  CONFIRMED: 'WAITER_ITEM_CONFIRMED',
  PREPARING: 'WAITER_ITEM_PREPARING',
  READY: 'WAITER_ITEM_READY',
  DELIVERED: 'WAITER_ITEM_DELIVERED',
  CANCELLED: 'WAITER_ITEM_CANCELLED',
};

export const seatText = (seat: number | null) => (seat ? t('WAITER_SEAT', { seat }) : t('WAITER_SHARED'));

/** On joined tables a seat names its table: table 4's seat 1 and table 5's seat 1 are two guests. */
const lineSeatText = (tab: TabView, item: TabItem) => {
  const table = tab.tableIds.length > 1 ? tab.lineTables?.[item.itemId] : undefined;
  return item.seat && table ? t('WAITER_TABLE_SEAT', { table, seat: item.seat }) : seatText(item.seat);
};

function toggle(itemId: string): void {
  const next = new Set(pickedItems.value);
  if (!next.delete(itemId)) next.add(itemId);
  pickedItems.value = next;
}

/** The tab's lines by round, each with its seat and kitchen status; a tap picks it for a transfer. */
export function TabItems({ tab }: { tab: TabView }) {
  const items = liveItems(tab);
  const rounds = [...new Set(items.map((i) => i.round))].sort((a, b) => a - b);
  const picked = pickedItems.value;
  return (
    <div class="items" id="items">
      {rounds.map((round) => (
        <section key={round}>
          <h2>{t('WAITER_ROUND', { round })}</h2>
          <ul>
            {items
              .filter((i) => i.round === round)
              .map((item) => (
                <li key={item.itemId} class={`item${picked.has(item.itemId) ? ' picked' : ''}`} data-item-id={item.itemId} onClick={() => toggle(item.itemId)}>
                  <span class="name">
                    {item.quantity}× {item.name}
                    {item.options.length > 0 && <small class="opts">{item.options.map((o) => o.name).join(', ')}</small>}
                    {item.notes && <small class="notes">{item.notes}</small>}
                  </span>
                  <span class="seat">{lineSeatText(tab, item)}</span>
                  <span class={`status ${item.status}`} data-status={item.status}>
                    {t(ITEM_STATUS[item.status])}
                  </span>
                  <span class="amount">{formatCents(item.totalCents)}</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
