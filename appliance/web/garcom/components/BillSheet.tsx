import { formatCents } from '../../shared/money';
import type { TabView } from '../state/floor';
import { tabDue } from '../state/tab-actions';
import { startPayment } from '../state/table-payment';
import { sheet } from '../state/ui';
import { t } from '../texts';
import { ServiceChargeToggle } from './ServiceChargeToggle';

/**
 * The pré-conta (conferência de mesa) as the table reads it: consumption, the service charge
 * (the guests may decline it), what is paid and what is due. The amounts come from the
 * appliance, which computes the charge with the printed pré-conta's formula.
 */
export function BillSheet({ tab }: { tab: TabView }) {
  const due = tabDue(tab);
  const dueCents = due.goodsCents + due.serviceCents;
  return (
    <div class="sheet bill" id="bill-sheet">
      <h2>{t('WAITER_PREBILL')}</h2>
      <dl>
        <dt>{t('WAITER_SUBTOTAL')}</dt>
        <dd id="bill-subtotal">{formatCents(tab.totalCents)}</dd>
      </dl>
      <ServiceChargeToggle tab={tab} />
      <dl>
        {tab.serviceChargeBp > 0 && (
          <>
            <dt>{tab.serviceChargeWaived ? t('WAITER_TOTAL') : t('WAITER_TOTAL_WITH_SERVICE')}</dt>
            <dd id="bill-total">{formatCents(tab.totalCents + tab.serviceChargeCents)}</dd>
          </>
        )}
        <dt>{t('WAITER_PAID')}</dt>
        <dd id="bill-paid">{formatCents(tab.paidCents + tab.serviceChargePaidCents)}</dd>
        <dt>{t('WAITER_DUE')}</dt>
        <dd id="bill-due">{formatCents(dueCents)}</dd>
      </dl>
      {dueCents > 0 && (
        <button
          type="button"
          class="primary"
          id="bill-pay-card"
          onClick={() => {
            startPayment({ amountCents: due.goodsCents, serviceChargeCents: due.serviceCents, label: null });
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
