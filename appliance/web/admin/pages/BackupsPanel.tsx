import { ApiError, apiDownload } from '../../shared/api';
import type { ApiAnswer } from '../../shared/appliance-api';
import { Outcome } from '../components/Outcome';
import { useAction, useQuery } from '../state/load';
import { waitForRestore } from '../state/restore';
import { api, manager } from '../state/session';
import { t } from '../texts';
import { storeDateTime } from '../state/store-time';

type Backup = ApiAnswer<'/api/v1/backups', 'get'>[number];

/**
 * Restores a backup; when HQ has not yet received some of this store's events (the backup is of
 * another journal, so they would stay only in the pre-restore copy), the appliance refuses and says
 * how many: the technician confirms with that text in front of them, or keeps the store as it is
 * (null).
 */
async function restoreAskingAboutUnsentEvents(name: string) {
  const path = { name };
  try {
    return await api.post('/api/v1/backups/{name}/restore', { params: { path } });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'RESTORE_WOULD_LOSE_UNSENT_EVENTS') throw error;
    if (!window.confirm(error.message)) return null;
    return api.post('/api/v1/backups/{name}/restore', { params: { path }, body: { confirmUnsentEvents: true } });
  }
}

/** The database backups (day-close and on demand): make one now, download or restore any (ADMIN only). */
export function BackupsPanel() {
  const backups = useQuery(() => api.get('/api/v1/backups'), 'backups');
  const [run, busy, message, failed] = useAction();
  const create = () =>
    run(async () => {
      const made = await api.post('/api/v1/backups', { idempotencyKey: crypto.randomUUID() });
      await backups.reload();
      return t('ADMIN_BACKUP_CREATED', { name: made.name });
    });
  const download = (backup: Backup) =>
    run(async () => {
      const blob = await apiDownload(`/backups/${encodeURIComponent(backup.name)}`, manager.value?.token);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = backup.name;
      link.click();
      URL.revokeObjectURL(link.href);
      return t('ADMIN_BACKUP_DOWNLOADED', { name: backup.name });
    });
  const restore = (backup: Backup) => {
    if (!window.confirm(t('ADMIN_RESTORE_CONFIRM', { name: backup.name }))) return;
    void run(async () => {
      const answer = await restoreAskingAboutUnsentEvents(backup.name);
      if (!answer) return t('ADMIN_RESTORE_KEPT');
      await waitForRestore(answer);
      await backups.reload();
      return t('ADMIN_RESTORED', { name: answer.name, pre: answer.preRestoreBackup });
    });
  };
  return (
    <section class="card" id="backups">
      <h2>
        {t('ADMIN_BACKUPS')}
        <button type="button" class="primary" id="backup-now" disabled={busy} onClick={create}>
          {t('ADMIN_BACKUP_NOW')}
        </button>
      </h2>
      {backups.error && <p class="error">{backups.error}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('ADMIN_WHEN')}</th>
            <th>{t('ADMIN_BACKUP_FILE')}</th>
            <th>{t('ADMIN_BACKUP_SIZE')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(backups.data ?? []).map((b) => (
            <tr key={b.name} data-backup={b.name}>
              <td>{storeDateTime(b.createdAt)}</td>
              <td>{b.name}</td>
              <td class="num">{`${(b.bytes / 1048576).toLocaleString('pt-BR', { maximumFractionDigits: 1 })} MiB`}</td>
              <td class="row-actions">
                <button type="button" class="download" disabled={busy} onClick={() => download(b)}>
                  {t('ADMIN_DOWNLOAD')}
                </button>
                <button type="button" class="danger restore" disabled={busy} onClick={() => restore(b)}>
                  {t('ADMIN_RESTORE')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Outcome message={message} failed={failed} />
    </section>
  );
}
