import { formatCents } from '../../shared/money';
import { offline } from '../state/connection';
import { chatWaiting } from '../state/chat-waiting';
import { closing, drawer } from '../state/drawer';
import { drawerOpsOpen } from '../state/drawer-ops';
import { config } from '../state/config';
import { notice } from '../state/notice';
import { lock, operator } from '../state/session';
import { t } from '../texts';

/** Store, operator, drawer, connection; below it the last message. */
export function StatusBar() {
  const message = notice.value;
  return (
    <header class="status">
      <div class="bar">
        <strong>{config.value?.storeName ?? t('POS_TITLE')}</strong>
        {operator.value && <span id="operator">{operator.value.user.name}</span>}
        {drawer.value && <span class="hint">{t('POS_DRAWER_OPENED', { amount: formatCents(drawer.value.openingFloatCents) })}</span>}
        <span class="spacer" />
        {offline.value && <span class="offline" id="offline" role="status">{t('POS_OFFLINE')}</span>}
        {chatWaiting.value > 0 && (
          <span class="chat-waiting" id="chat-waiting" role="status">
            {t(chatWaiting.value === 1 ? 'POS_CHAT_WAITING_ONE' : 'POS_CHAT_WAITING', { n: chatWaiting.value })}
          </span>
        )}
        {drawer.value && (
          <button type="button" onClick={() => (drawerOpsOpen.value = true)}>
            {t('POS_DRAWER_OPS_TITLE')} (F3)
          </button>
        )}
        {drawer.value && (
          <button type="button" onClick={() => (closing.value = true)}>
            {t('POS_CLOSE_TITLE')} (F10)
          </button>
        )}
        {operator.value && (
          <button type="button" onClick={lock}>
            {t('POS_SWITCH_OPERATOR')} (F12)
          </button>
        )}
        <span class="hint">F1</span>
      </div>
      {message && (
        <p class={`notice ${message.kind}`} id="notice" role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </header>
  );
}
