import type { TabView } from '../state/floor';
import { closeTab, pickedItems, requestBill } from '../state/tab-actions';
import { sheet } from '../state/ui';
import { t } from '../texts';

/** The tab's other actions: move, merge, cancel the dish picked, split preview, the bill, and freeing a settled table. */
export function MoreSheet({ tab }: { tab: TabView }) {
  const picked = pickedItems.value.size;
  const settled = tab.status === 'CLOSING' && tab.paidCents >= tab.totalCents;
  return (
    <div class="sheet more" id="more-sheet">
      <button type="button" id="split" onClick={() => (sheet.value = 'split')}>
        {t('WAITER_SPLIT')}
      </button>
      <button type="button" id="request-bill" onClick={() => void requestBill(tab)}>
        {t('WAITER_REQUEST_BILL')}
      </button>
      <button type="button" id="transfer-items" disabled={picked === 0} onClick={() => (sheet.value = 'transfer-items')}>
        {t('WAITER_TRANSFER_ITEMS', { count: picked })}
      </button>
      <button type="button" id="cancel-item" class="danger" disabled={picked !== 1} onClick={() => (sheet.value = 'cancel-item')}>
        {t('WAITER_CANCEL_ITEM')}
      </button>
      <button type="button" id="transfer-tab" onClick={() => (sheet.value = 'transfer-tab')}>
        {t('WAITER_TRANSFER_TAB')}
      </button>
      <button type="button" id="merge" onClick={() => (sheet.value = 'merge')}>
        {t('WAITER_MERGE')}
      </button>
      {settled && (
        <button type="button" class="primary" id="close-tab" onClick={() => void closeTab(tab)}>
          {t('WAITER_CLOSE_TAB')}
        </button>
      )}
      <button type="button" onClick={() => (sheet.value = null)}>
        {t('WAITER_BACK')}
      </button>
    </div>
  );
}
