import { formatCents } from '../../shared/money';
import { outbox } from '../state/queued-sale';
import { operator } from '../state/session';
import { t } from '../texts';

/** What this terminal holds for the appliance (an outage, or another operator's unsent work). */
export function PendingStrip() {
  const pending = outbox.pending.value;
  if (pending.length === 0) return null;
  const me = operator.value?.user.id;
  return (
    <section class="pending" id="pending" aria-label={t('POS_PENDING')}>
      <h2>{t('POS_PENDING')}</h2>
      <ul>
        {pending.map(({ seq, entry }) => (
          <li key={seq} data-kind={entry.kind}>
            {entry.kind === 'order'
              ? t('POS_PENDING_ORDER', { items: entry.lines.reduce((sum, line) => sum + line.quantity, 0), amount: formatCents(entry.estimateCents) })
              : t('POS_PENDING_CASH', { number: entry.order.number, amount: formatCents(entry.body.amountCents) })}
            {entry.operatorId !== me && <small> · {t('POS_PENDING_OTHER_OPERATOR')}</small>}
          </li>
        ))}
      </ul>
    </section>
  );
}
