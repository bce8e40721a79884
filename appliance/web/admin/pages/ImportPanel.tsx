import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { type ImportJob, runImport } from '../state/legacy-import';
import { useAction } from '../state/load';
import { InputError, t } from '../texts';

/** Imports the previous POS's product export: progress while it runs, then the summary and the rejected rows. */
export function ImportPanel({ onChange }: { onChange: () => Promise<void> }) {
  const [job, setJob] = useState<ImportJob | null>(null);
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    event.preventDefault();
    const file = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name=file]')?.files?.[0];
    void run(async () => {
      if (!file) throw new InputError(t('ADMIN_IMPORT_NO_FILE'));
      setJob(null);
      const done = await runImport(file, setJob);
      await onChange();
      if (done.status === 'FAILED') throw new InputError(t('ADMIN_IMPORT_FAILED'));
      const { CREATED: created, UPDATED: updated, UNCHANGED: unchanged, REJECTED: rejected } = done.counts;
      return t('ADMIN_IMPORT_SUMMARY', { created, updated, unchanged, rejected });
    });
  };
  const rejected = job?.rows.filter((r) => r.outcome === 'REJECTED') ?? [];
  return (
    <section class="card" id="legacy-import">
      <form class="grid-form" id="import-form" onSubmit={submit}>
        <h2>{t('ADMIN_IMPORT')}</h2>
        <p class="wide">{t('ADMIN_IMPORT_HINT')}</p>
        <label class="wide">
          {t('ADMIN_IMPORT_FILE')}
          <input name="file" type="file" accept=".csv,text/csv" required />
        </label>
        <div class="wide row">
          <button type="submit" class="primary" disabled={busy}>
            {t('ADMIN_IMPORT_START')}
          </button>
        </div>
      </form>
      {job && (
        <p id="import-progress" data-status={job.status}>
          <progress value={job.done} max={Math.max(job.total, 1)} aria-label={t('ADMIN_IMPORT_PROGRESS')} />{' '}
          <span class="num">
            {job.done}/{job.total}
          </span>
        </p>
      )}
      <Outcome message={message} failed={failed} />
      {job && job.status !== 'RUNNING' && rejected.length > 0 && (
        <table id="import-rejected">
          <caption>{t('ADMIN_IMPORT_REJECTED', { n: rejected.length })}</caption>
          <thead>
            <tr>
              <th class="num">{t('ADMIN_IMPORT_LINE')}</th>
              <th>{t('ADMIN_IMPORT_REASON')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.map((r) => (
              <tr key={r.line} data-line={r.line}>
                <td class="num">{r.line}</td>
                <td>{r.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
