import { Outcome } from '../components/Outcome';
import { formFields, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { t } from '../texts';

/** Kitchen stations: capacity, whether a KDS screen shows them, and the KDS colour thresholds. */
export function KitchenPage() {
  const stations = useQuery(() => api.get('/api/v1/kds/stations'), 'kds-stations');
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void run(async () => {
      await api.put('/api/v1/kds/stations/{code}', {
        params: { path: { code: fields.code.toUpperCase() } },
        body: {
          name: fields.name,
          capacity: Number(fields.capacity),
          hasScreen: fields.hasScreen === 'on',
          isExpo: fields.isExpo === 'on',
          warnAfterSeconds: Number(fields.warnMinutes) * 60,
          lateAfterSeconds: Number(fields.lateMinutes) * 60,
        },
      });
      form.reset();
      await stations.reload();
      return t('ADMIN_SAVED');
    });
  };
  return (
    <>
      <h1>{t('ADMIN_NAV_KITCHEN')}</h1>
      {stations.error && <p class="error">{stations.error}</p>}
      <section class="card">
        <table id="stations">
          <thead>
            <tr>
              <th>{t('ADMIN_STATION_CODE')}</th>
              <th>{t('ADMIN_NAME')}</th>
              <th>{t('ADMIN_CAPACITY')}</th>
              <th>{t('ADMIN_KDS_SCREEN')}</th>
              <th>{t('ADMIN_WARN_AFTER')}</th>
              <th>{t('ADMIN_LATE_AFTER')}</th>
            </tr>
          </thead>
          <tbody>
            {(stations.data ?? []).map((s) => (
              <tr key={s.code} data-station={s.code}>
                <td>{s.code}</td>
                <td>{s.name}</td>
                <td class="num">{s.capacity}</td>
                <td>{s.hasScreen ? t('ADMIN_YES') : t('ADMIN_NO')}</td>
                <td class="num">{t('ADMIN_MINUTES', { n: s.warnAfterSeconds / 60 })}</td>
                <td class="num">{t('ADMIN_MINUTES', { n: s.lateAfterSeconds / 60 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form class="card grid-form" id="station-form" onSubmit={submit}>
        <h2>{t('ADMIN_STATION_SAVE_TITLE')}</h2>
        <label>
          {t('ADMIN_STATION_CODE')}
          <input name="code" required pattern="[A-Za-z][A-Za-z0-9_]{0,31}" title={t('ADMIN_STATION_CODE_HINT')} />
        </label>
        <label>
          {t('ADMIN_NAME')}
          <input name="name" required maxLength={60} />
        </label>
        <label>
          {t('ADMIN_CAPACITY')}
          <input name="capacity" type="number" min={0} max={1000} defaultValue="4" required />
        </label>
        <label>
          {t('ADMIN_WARN_AFTER')}
          <input name="warnMinutes" type="number" min={1} max={120} defaultValue="5" required />
        </label>
        <label>
          {t('ADMIN_LATE_AFTER')}
          <input name="lateMinutes" type="number" min={1} max={120} defaultValue="8" required />
        </label>
        <label class="check">
          <input name="hasScreen" type="checkbox" defaultChecked />
          {t('ADMIN_KDS_SCREEN')}
        </label>
        <label class="check">
          <input name="isExpo" type="checkbox" />
          {t('ADMIN_EXPO')}
        </label>
        <div class="wide">
          <button type="submit" class="primary" disabled={busy}>
            {t('ADMIN_SAVE_STATION')}
          </button>
          <Outcome message={message} failed={failed} />
        </div>
      </form>
    </>
  );
}
