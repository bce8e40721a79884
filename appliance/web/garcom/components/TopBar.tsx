import { queuedRounds } from '../state/round';
import { logout, waiter } from '../state/session';
import { notice, offline, openTableId, sheet } from '../state/ui';
import { t } from '../texts';

/** Who is signed in, the link state, what waits to be sent, and the latest notice. */
export function TopBar() {
  const queued = queuedRounds.value;
  const message = notice.value;
  return (
    <header class="top">
      <div class="bar">
        {openTableId.value ? (
          <button
            type="button"
            id="back"
            onClick={() => {
              sheet.value = null;
              openTableId.value = null;
            }}
          >
            ‹ {t('WAITER_FLOOR')}
          </button>
        ) : (
          <strong>{t('WAITER_FLOOR')}</strong>
        )}
        <span class="spacer" />
        {offline.value && <span id="offline" class="offline">{t('WAITER_OFFLINE')}</span>}
        {queued > 0 && <span id="queued" class="queued">{t('WAITER_QUEUED', { count: queued })}</span>}
        <button type="button" class="who" onClick={logout} title={t('WAITER_LOGOUT')}>
          {waiter.value?.user.name.split(' ')[0]} ⎋
        </button>
      </div>
      {message && (
        <p class={`notice ${message.kind}`} role="status" id="notice">
          {message.text}
        </p>
      )}
    </header>
  );
}
