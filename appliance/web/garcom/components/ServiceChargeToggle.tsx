import { formatCents } from '../../shared/money';
import type { TabView } from '../state/floor';
import { setServiceChargeWaived } from '../state/tab-actions';
import { t } from '../texts';

/**
 * "Taxa de serviço (10%)" with a switch: on by default when the store has one; the guests may
 * decline it, and the waiter turns it off for this tab (journaled on the appliance). Nothing
 * shows when the store has no service charge.
 */
export function ServiceChargeToggle({ tab, onChange }: { tab: TabView; onChange?: (waived: boolean) => void }) {
  if (tab.serviceChargeBp === 0) return null;
  const on = !tab.serviceChargeWaived;
  const percent = (tab.serviceChargeBp / 100).toLocaleString('pt-BR');
  const toggle = async () => {
    if (await setServiceChargeWaived(tab, on)) onChange?.(on);
  };
  return (
    <div class="service-charge" id="service-charge" data-on={String(on)}>
      <button type="button" role="switch" aria-checked={on} id="service-charge-toggle" onClick={() => void toggle()}>
        <span class="switch" aria-hidden="true" />
        <span class="label">{t('WAITER_SERVICE', { percent })}</span>
        <strong>{on ? formatCents(tab.serviceChargeCents) : t('WAITER_SERVICE_DECLINED')}</strong>
      </button>
      <small>{on ? t('WAITER_SERVICE_HINT_ON') : t('WAITER_SERVICE_HINT_OFF')}</small>
    </div>
  );
}
