import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { liveItems, type TabView } from '../state/floor';
import { cancelItem, pickedItems } from '../state/tab-actions';
import { sheet } from '../state/ui';
import { t } from '../texts';

/**
 * Cancels the one dish picked on the table screen: the reason, then a manager's username and PIN
 * (left empty when a manager is the one signed in). The sheet stays open on a refusal, which the
 * notice bar shows in the appliance's words.
 */
export function CancelItemSheet({ tab }: { tab: TabView }) {
  const [sending, setSending] = useState(false);
  const reasonField = useAutofocus<HTMLInputElement>();
  const item = liveItems(tab).find((i) => pickedItems.value.has(i.itemId));
  if (!item) {
    sheet.value = 'more';
    return null;
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const field = (name: string) => String(data.get(name) ?? '').trim();
    const manager = field('manager') ? { username: field('manager'), pin: field('pin') } : null;
    setSending(true);
    await cancelItem(tab, item.itemId, field('reason'), manager);
    setSending(false);
  };
  return (
    <form class="sheet cancel-item" id="cancel-item-sheet" onSubmit={submit} autocomplete="off">
      <h2>{t('WAITER_CANCEL_ITEM_TITLE', { quantity: item.quantity, name: item.name })}</h2>
      <label>
        {t('WAITER_CANCEL_REASON')}
        <input name="reason" required minLength={3} maxLength={200} ref={reasonField} />
      </label>
      <p class="hint">{t('WAITER_CANCEL_MANAGER_HINT')}</p>
      <label>
        {t('WAITER_MANAGER')}
        <input name="manager" autocapitalize="off" />
      </label>
      <label>
        {t('WAITER_MANAGER_PIN')}
        <input name="pin" type="password" inputMode="numeric" maxLength={6} />
      </label>
      <button type="submit" class="danger" id="confirm-cancel-item" disabled={sending}>
        {t('WAITER_CANCEL_ITEM_CONFIRM')}
      </button>
      <button type="button" onClick={() => (sheet.value = 'more')}>
        {t('WAITER_BACK')}
      </button>
    </form>
  );
}
