import { useState } from 'preact/hooks';
import type { ApiAnswer } from '../../shared/appliance-api';
import { Outcome } from '../components/Outcome';
import { useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { type MessageKey, t } from '../texts';

type Target = ApiAnswer<'/api/v1/service/restarts', 'post'>['target'];

const TEXTS: Record<Target, { name: MessageKey; effect: MessageKey }> = {
  'print-queue': { name: 'ADMIN_RESTART_PRINT_QUEUE', effect: 'ADMIN_RESTART_PRINT_QUEUE_EFFECT' },
  replication: { name: 'ADMIN_RESTART_REPLICATION', effect: 'ADMIN_RESTART_REPLICATION_EFFECT' },
  'fiscal-emitter': { name: 'ADMIN_RESTART_FISCAL', effect: 'ADMIN_RESTART_FISCAL_EFFECT' },
  appliance: { name: 'ADMIN_RESTART_APPLIANCE', effect: 'ADMIN_RESTART_APPLIANCE_EFFECT' },
};

/** Restart one subsystem or the whole appliance: each says what will happen and asks to confirm; the audit trail keeps who did it. */
export function RestartPanel() {
  const options = useQuery(() => api.get('/api/v1/service/restarts'), 'service-restarts');
  const [confirming, setConfirming] = useState<Target | null>(null);
  const [run, busy, message, failed] = useAction();
  const targets: Target[] = [...(options.data?.subsystems ?? []), ...(options.data?.appliance ? (['appliance'] as const) : [])];
  const restart = (target: Target) =>
    void run(async () => {
      setConfirming(null);
      const answer = await api.post('/api/v1/service/restarts', { body: { target } });
      return t(answer.restarting ? 'ADMIN_RESTART_APPLIANCE_STARTED' : 'ADMIN_RESTART_DONE', { name: t(TEXTS[target].name) });
    });
  return (
    <section class="card" id="restarts">
      <h2>{t('ADMIN_RESTART_TITLE')}</h2>
      {options.error && <p class="error">{options.error}</p>}
      <div class="row">
        {targets.map((target) => (
          <button key={target} type="button" class={target === 'appliance' ? 'danger' : undefined} data-restart={target} disabled={busy} onClick={() => setConfirming(target)}>
            {t('ADMIN_RESTART', { name: t(TEXTS[target].name) })}
          </button>
        ))}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="restart-confirm-text">
          <p id="restart-confirm-text">{t(TEXTS[confirming].effect)}</p>
          <div class="row">
            <button type="button" class="primary" id="restart-confirm" disabled={busy} onClick={() => restart(confirming)}>
              {t('ADMIN_RESTART_CONFIRM', { name: t(TEXTS[confirming].name) })}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('ADMIN_CANCEL')}
            </button>
          </div>
        </div>
      )}
      <Outcome message={message} failed={failed} />
    </section>
  );
}
