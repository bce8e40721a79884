import { useEffect, useRef, useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { type UpdateStatus, uploadUpdate } from '../state/system-update';
import { InputError, type MessageKey, t } from '../texts';

const STATE_TEXT: Record<UpdateStatus['state'], MessageKey> = {
  idle: 'ADMIN_UPDATE_STATE_IDLE',
  queued: 'ADMIN_UPDATE_STATE_QUEUED',
  installing: 'ADMIN_UPDATE_STATE_INSTALLING',
  installed: 'ADMIN_UPDATE_STATE_INSTALLED',
  running: 'ADMIN_UPDATE_STATE_RUNNING',
  'rolled-back': 'ADMIN_UPDATE_STATE_ROLLED_BACK',
  failed: 'ADMIN_UPDATE_STATE_FAILED',
};
/** While one of these lasts the status is read again every few seconds (the box reboots during `installed`). */
const UNDER_WAY: readonly UpdateStatus['state'][] = ['queued', 'installing', 'installed'];

/**
 * The system update (ADMIN only): upload a signed bundle; the store's OS installs it beside the
 * running version and reboots into it, falling back by itself if it does not come up. Shows the
 * version running and how the last update went.
 */
export function UpdatePanel() {
  const status = useQuery(() => api.get('/api/v1/system/updates'), 'system-updates');
  const [confirming, setConfirming] = useState(false);
  const [run, busy, message, failed] = useAction();
  const file = useRef<HTMLInputElement>(null);
  const state = status.data?.state;
  useEffect(() => {
    if (!state || !UNDER_WAY.includes(state)) return;
    const timer = setInterval(() => void status.reload(), 5000);
    return () => clearInterval(timer);
  }, [state]);
  const install = () =>
    void run(async () => {
      setConfirming(false);
      const bundle = file.current?.files?.[0];
      if (!bundle) throw new InputError(t('ADMIN_UPDATE_CHOOSE_FILE'));
      await uploadUpdate(bundle);
      await status.reload();
      return t('ADMIN_UPDATE_SENT');
    });
  const data = status.data;
  return (
    <section class="card" id="system-update">
      <h2>{t('ADMIN_UPDATE_TITLE')}</h2>
      {status.error && <p class="error">{status.error}</p>}
      {data?.runningVersion && <p id="update-running">{t('ADMIN_UPDATE_RUNNING_VERSION', { version: data.runningVersion, slot: data.slot ?? '?' })}</p>}
      {data && (
        <p id="update-state" data-state={data.state}>
          {t(STATE_TEXT[data.state], { version: data.version ?? '' })}
        </p>
      )}
      {data?.state === 'failed' && data.detail && (
        <p class="hint">
          {t('ADMIN_UPDATE_DETAIL')} <code>{data.detail}</code>
        </p>
      )}
      {data && !data.supported && <p class="hint">{t('ADMIN_UPDATE_NOT_SUPPORTED')}</p>}
      {data?.supported && (
        <div class="row">
          <label>
            {t('ADMIN_UPDATE_FILE')} <input ref={file} id="update-file" type="file" accept=".raucb,application/octet-stream" disabled={busy} />
          </label>
          <button type="button" class="danger" id="update-install" disabled={busy || UNDER_WAY.includes(data.state)} onClick={() => setConfirming(true)}>
            {busy ? t('ADMIN_UPDATE_SENDING') : t('ADMIN_UPDATE_INSTALL')}
          </button>
        </div>
      )}
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="update-confirm-text">
          <p id="update-confirm-text">{t('ADMIN_UPDATE_EFFECT')}</p>
          <div class="row">
            <button type="button" class="primary" id="update-confirm" disabled={busy} onClick={install}>
              {t('ADMIN_UPDATE_CONFIRM')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('ADMIN_CANCEL')}
            </button>
          </div>
        </div>
      )}
      <Outcome message={message} failed={failed} />
    </section>
  );
}
