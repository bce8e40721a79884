import { formatCents } from '../../shared/money';
import type { TabView } from '../state/floor';
import { serviceChargeBp } from '../state/tab-actions';
import { startPayment } from '../state/table-payment';
import { sheet } from '../state/ui';
import { t } from '../texts';

/** The pré-conta (conferência de mesa) as the table reads it: consumption, the optional service, what is paid. */
export function BillSheet({ tab }: { tab: TabView }) {
  const bp = serviceChargeBp.value;
  // Rounded half up to the centavo, as the printed pré-conta shows it.
  const serviceCents = Math.floor((tab.totalCents * bp + 5000) / 10_000);
  const dueCents = Math.max(0, tab.totalCents - tab.paidCents);
  return (
    <div class="sheet bill" id="bill-sheet">
      <h2>{t('WAITER_PREBILL')}</h2>
      <dl>
        <dt>{t('WAITER_SUBTOTAL')}</dt>
        <dd id="bill-subtotal">{formatCents(tab.totalCents)}</dd>
        {bp > 0 && (
          <>
            <dt>{t('WAITER_SERVICE', { percent: (bp / 100).toLocaleString('pt-BR') })}</dt>
            <dd>{formatCents(serviceCents)}</dd>
            <dt>{t('WAITER_TOTAL_WITH_SERVICE')}</dt>
            <dd>{formatCents(tab.totalCents + serviceCents)}</dd>
          </>
        )}
        <dt>{t('WAITER_PAID')}</dt>
        <dd id="bill-paid">{formatCents(tab.paidCents)}</dd>
        <dt>{t('WAITER_DUE')}</dt>
        <dd id="bill-due">{formatCents(dueCents)}</dd>
      </dl>
      {dueCents > 0 && (
        <button
          type="button"
          class="primary"
          id="bill-pay-card"
          onClick={() => {
            startPayment({ amountCents: dueCents, label: null });
            sheet.value = 'pay';
          }}
        >
          {t('WAITER_PAY_CARD')}
        </button>
      )}
      <p class="hint">{t('WAITER_CASH_AT_TILL')}</p>
      <button type="button" onClick={() => (sheet.value = 'more')}>
        {t('WAITER_BACK')}
      </button>
    </div>
  );
}
