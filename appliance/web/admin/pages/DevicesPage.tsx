import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { QrCode } from '../components/QrCode';
import { stationName } from '../state/catalog';
import { formFields, readAllPages, useAction, useQuery } from '../state/load';
import { api } from '../state/session';
import { t } from '../texts';

interface Device {
  id: string;
  name: string;
  kind: string;
  status: 'PENDING' | 'ACTIVE' | 'REVOKED';
  stations?: string[];
}

const DEVICE_STATUS = { PENDING: 'ADMIN_DEVICE_PENDING', ACTIVE: 'ADMIN_DEVICE_ACTIVE', REVOKED: 'ADMIN_DEVICE_REVOKED_STATUS' } as const;
const KINDS = ['KDS', 'POS', 'WAITER_TABLET', 'KIOSK', 'CUSTOMER_DISPLAY'] as const;
/** The page each kind of device opens; the pairing code rides along so the screen fills it in. */
const PAGE_OF_KIND: Record<string, string> = { KDS: '/kds', POS: '/pos', WAITER_TABLET: '/garcom', KIOSK: '/totem', CUSTOMER_DISPLAY: '/cliente' };

interface Pairing {
  name: string;
  code: string;
  url: string;
}

/** Pair KDS screens, terminals, waiter phones and kiosks with a one-time code shown as a QR; revoke one. */
export function DevicesPage() {
  const devices = useQuery(() => readAllPages((page, size) => api.get('/api/v1/devices', { params: { query: { page, size, sort: 'created_at:desc' } } })), 'devices');
  const stations = useQuery(() => api.get('/api/v1/kds/stations'), 'kds-stations');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('KDS');
  const [pairing, setPairing] = useState<Pairing | null>(null);
  const [run, busy, message, failed] = useAction();
  const showPairing = (device: Device, code: string) =>
    setPairing({ name: device.name, code, url: `${location.origin}${PAGE_OF_KIND[device.kind]}?pair=${encodeURIComponent(code)}` });
  const register = (event: Event) => {
    const fields = formFields(event);
    const chosen = (stations.data ?? []).map((s) => s.code).filter((code) => fields[`station-${code}`] === 'on');
    void run(async () => {
      const answer = await api.post('/api/v1/devices', { body: { name: fields.name, kind, ...(kind === 'KDS' ? { stations: chosen } : {}) } });
      showPairing(answer.device, answer.pairingCode);
      await devices.reload();
      return t('ADMIN_DEVICE_REGISTERED', { name: answer.device.name });
    });
  };
  const reissue = (device: Device) =>
    run(async () => {
      const answer = await api.post('/api/v1/devices/{id}/pairing-code', { params: { path: { id: device.id } } });
      showPairing(device, answer.pairingCode);
      await devices.reload();
      return t('ADMIN_DEVICE_NEW_CODE', { name: device.name });
    });
  const revoke = (device: Device) =>
    run(async () => {
      if (!confirm(t('ADMIN_DEVICE_REVOKE_CONFIRM', { name: device.name }))) return '';
      await api.post('/api/v1/devices/{id}/revoke', { params: { path: { id: device.id } } });
      await devices.reload();
      return t('ADMIN_DEVICE_REVOKED', { name: device.name });
    });
  return (
    <>
      <h1>{t('ADMIN_NAV_DEVICES')}</h1>
      {devices.error && <p class="error">{devices.error}</p>}
      <div class="columns">
        <form class="card grid-form" id="device-form" onSubmit={register}>
          <h2>{t('ADMIN_PAIR_DEVICE')}</h2>
          <label>
            {t('ADMIN_NAME')}
            <input name="name" required maxLength={60} />
          </label>
          <label>
            {t('ADMIN_DEVICE_KIND')}
            <select name="kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as (typeof KINDS)[number])}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`ADMIN_KIND_${k}`)}
                </option>
              ))}
            </select>
          </label>
          {kind === 'KDS' && (
            <fieldset class="wide">
              <legend>{t('ADMIN_DEVICE_STATIONS')}</legend>
              {(stations.data ?? []).map((s) => (
                <label key={s.code} class="check">
                  <input type="checkbox" name={`station-${s.code}`} />
                  {s.name}
                </label>
              ))}
            </fieldset>
          )}
          <div class="wide">
            <button type="submit" class="primary" disabled={busy}>
              {t('ADMIN_GENERATE_CODE')}
            </button>
            <Outcome message={message} failed={failed} />
          </div>
        </form>
        {pairing && (
          <section class="card pairing" id="pairing">
            <h2>{t('ADMIN_PAIRING_FOR', { name: pairing.name })}</h2>
            <QrCode text={pairing.url} label={t('ADMIN_PAIRING_QR')} />
            <p class="code" id="pairing-code">
              {pairing.code}
            </p>
            <p class="hint">{t('ADMIN_PAIRING_HINT')}</p>
          </section>
        )}
      </div>
      <section class="card">
        <table id="devices">
          <thead>
            <tr>
              <th>{t('ADMIN_NAME')}</th>
              <th>{t('ADMIN_DEVICE_KIND')}</th>
              <th>{t('ADMIN_DEVICE_STATIONS')}</th>
              <th>{t('ADMIN_STATUS')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {(devices.data ?? []).map((d) => (
              <tr key={d.id} data-device-id={d.id} data-status={d.status}>
                <td>{d.name}</td>
                <td>{t(`ADMIN_KIND_${d.kind as (typeof KINDS)[number]}`)}</td>
                <td>{stations.data || stations.error ? (d.stations ?? []).map((code) => stationName(stations.data ?? [], code)).join(', ') : ''}</td>
                <td>{t(DEVICE_STATUS[d.status])}</td>
                <td class="row-actions">
                  {d.status !== 'REVOKED' && (
                    <>
                      <button type="button" disabled={busy} onClick={() => reissue(d)}>
                        {t('ADMIN_DEVICE_REISSUE')}
                      </button>
                      <button type="button" class="danger" disabled={busy} onClick={() => revoke(d)}>
                        {t('ADMIN_DEVICE_REVOKE')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
