import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { PrinterNameFields } from '../components/PrinterNameFields';
import { formFields, useAction } from '../state/load';
import { api } from '../state/session';
import { type PrinterConfig, refuseTakenId } from '../state/printers';
import { InputError, t } from '../texts';

export interface PrinterModel {
  id: string;
  vendor: string;
  model: string;
  transports: string[];
}

/** One device found on this appliance that a printer can be configured on. */
interface Detected {
  key: string;
  transport: 'usb' | 'serial';
  label: string;
  connection: { type: 'usb'; serialNumber?: string } | { type: 'serial'; path: string };
  /** Models the device's USB id matches (firmware-profiles); empty: the store picks the model. */
  profileIds: string[];
}

interface UsbScan {
  matches: { profileId: string; kind: string; device: { vendorId: number; productId: number; productName?: string | null; serialNumber?: string | null } }[];
  error?: string;
}

const hex = (n: number | null) => (n === null ? '' : n.toString(16).padStart(4, '0'));

/** The USB printers and serial ports the appliance sees now, as choices. */
async function detect(): Promise<Detected[]> {
  const [usb, serial] = await Promise.all([api.get('/api/v1/hardware/usb') as Promise<UsbScan>, api.get('/api/v1/hardware/serial-ports')]);
  const printers = usb.matches.filter((m) => m.kind === 'printer');
  const serialNumbers = [...new Set(printers.map((m) => m.device.serialNumber ?? ''))];
  return [
    ...serialNumbers.map((sn) => {
      const same = printers.filter((m) => (m.device.serialNumber ?? '') === sn);
      const d = same[0].device;
      return {
        key: `usb:${hex(d.vendorId)}:${hex(d.productId)}:${sn}`,
        transport: 'usb' as const,
        label: t('ADMIN_DETECTED_USB', { name: d.productName ?? '', id: `${hex(d.vendorId)}:${hex(d.productId)}`, serial: sn || '—' }),
        connection: sn ? { type: 'usb' as const, serialNumber: sn } : { type: 'usb' as const },
        profileIds: same.map((m) => m.profileId),
      };
    }),
    ...serial.map((port) => ({
      key: `serial:${port.path}`,
      transport: 'serial' as const,
      label: t('ADMIN_DETECTED_SERIAL', { path: port.stablePath ?? port.path, id: port.vendorId === null ? '' : ` (USB ${hex(port.vendorId)}:${hex(port.productId)})` }),
      connection: { type: 'serial' as const, path: port.stablePath ?? port.path },
      profileIds: port.profileIds,
    })),
  ];
}

/** Adds a printer plugged into the appliance: pick it from what was detected, its model preselected when its USB id is known. */
export function DetectedPrinterForm({ models, printers, onAdded }: { models: PrinterModel[]; printers: readonly PrinterConfig[]; onAdded: () => Promise<void> }) {
  const [found, setFound] = useState<Detected[] | null>(null);
  const [chosen, setChosen] = useState<Detected | null>(null);
  const [run, busy, message, failed] = useAction();
  const scan = () =>
    void run(async () => {
      const list = await detect();
      setFound(list);
      setChosen(list[0] ?? null);
      return t('ADMIN_DETECTED_COUNT', { n: list.length });
    });
  const submit = (event: Event) => {
    const fields = formFields(event);
    void run(async () => {
      if (!chosen) throw new InputError(t('ADMIN_DETECTED_PICK'));
      refuseTakenId(printers, fields.id);
      const baud = chosen.connection.type === 'serial' && fields.baudRate ? { baudRate: Number(fields.baudRate) } : {};
      await api.put('/api/v1/printers/{id}', { params: { path: { id: fields.id } }, body: { name: fields.name, profileId: fields.profileId, connection: { ...chosen.connection, ...baud } } });
      await onAdded();
      return t('ADMIN_SAVED');
    });
  };
  const fitting = chosen ? models.filter((m) => m.transports.includes(chosen.transport)) : [];
  // The detected model is preselected when it fits (a select has no default value of its own: its option is marked).
  const detectedModel = chosen?.profileIds.find((id) => fitting.some((m) => m.id === id));
  return (
    <form class="card grid-form" id="detected-printer-form" onSubmit={submit}>
      <h2>
        {t('ADMIN_ADD_DETECTED_PRINTER')}
        <button type="button" id="detect-devices" disabled={busy} onClick={scan}>
          {t('ADMIN_DETECT_DEVICES')}
        </button>
      </h2>
      {found && found.length === 0 && <p class="hint wide">{t('ADMIN_DETECTED_NONE')}</p>}
      {found && found.length > 0 && (
        <fieldset class="wide detected" id="detected-devices">
          <legend>{t('ADMIN_DETECTED_DEVICES')}</legend>
          {found.map((d) => (
            <label key={d.key} class="check">
              <input type="radio" name="device" value={d.key} checked={chosen?.key === d.key} onChange={() => setChosen(d)} />
              {d.label}
            </label>
          ))}
        </fieldset>
      )}
      {chosen && (
        <>
          <PrinterNameFields />
          <label>
            {t('ADMIN_PRINTER_MODEL')}
            <select name="profileId" required key={chosen.key}>
              {fitting.map((m) => (
                <option key={m.id} value={m.id} selected={m.id === detectedModel}>
                  {m.vendor} {m.model}
                  {chosen.profileIds.includes(m.id) ? ` ${t('ADMIN_DETECTED_MATCH')}` : ''}
                </option>
              ))}
            </select>
          </label>
          {chosen.transport === 'serial' && (
            <label>
              {t('ADMIN_SERIAL_BAUD')}
              <select name="baudRate">
                <option value="">{t('ADMIN_SERIAL_BAUD_MODEL')}</option>
                {[9600, 19200, 38400, 57600, 115200].map((b) => (
                  <option key={b} value={b}>
                    {b}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div class="wide">
            <button type="submit" class="primary" disabled={busy}>
              {t('ADMIN_ADD_PRINTER')}
            </button>
          </div>
        </>
      )}
      <div class="wide">
        <Outcome message={message} failed={failed} />
      </div>
    </form>
  );
}
