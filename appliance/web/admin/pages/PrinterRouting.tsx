import { Outcome } from '../components/Outcome';
import { formFields, useAction, useQuery } from '../state/load';
import type { PrinterConfig } from '../state/printers';
import { api } from '../state/session';
import { t } from '../texts';

function PrinterSelect({ name, value, printers }: { name: string; value: string | null | undefined; printers: PrinterConfig[] }) {
  return (
    <select name={name} key={`${name}:${value ?? ''}`} defaultValue={value ?? ''}>
      <option value="">{t('ADMIN_DO_NOT_PRINT')}</option>
      {printers.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

/** Which printer prints the receipt, the reports and each kitchen station's tickets. */
export function PrinterRouting({ printers }: { printers: PrinterConfig[] }) {
  const routing = useQuery(() => api.get('/api/v1/print-routing'), 'print-routing');
  const stations = useQuery(() => api.get('/api/v1/kds/stations'), 'kds-stations');
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    const kitchenPrinters = Object.fromEntries((stations.data ?? []).map((s) => [s.code, fields[`kitchen-${s.code}`] || null]).filter(([, id]) => id));
    void run(async () => {
      await api.put('/api/v1/print-routing', { body: { receiptPrinterId: fields.receipt || null, reportPrinterId: fields.report || null, kitchenPrinters } });
      await routing.reload();
      return t('ADMIN_SAVED');
    });
  };
  const current = routing.data;
  return (
    <form class="card grid-form" id="routing-form" onSubmit={submit}>
      <h2>{t('ADMIN_ROUTING')}</h2>
      <label>
        {t('ADMIN_ROUTING_RECEIPT')}
        <PrinterSelect name="receipt" value={current?.receiptPrinterId} printers={printers} />
      </label>
      <label>
        {t('ADMIN_ROUTING_REPORT')}
        <PrinterSelect name="report" value={current?.reportPrinterId} printers={printers} />
      </label>
      {(stations.data ?? []).map((s) => (
        <label key={s.code}>
          {t('ADMIN_ROUTING_KITCHEN', { station: s.name })}
          <PrinterSelect name={`kitchen-${s.code}`} value={current?.kitchenPrinters[s.code]} printers={printers} />
        </label>
      ))}
      <div class="wide">
        <button type="submit" class="primary" disabled={busy || !current}>
          {t('ADMIN_SAVE_ROUTING')}
        </button>
        <Outcome message={message} failed={failed} />
      </div>
    </form>
  );
}
