import { Outcome } from '../components/Outcome';
import { formFields, readAllPages, useAction, useQuery } from '../state/load';
import type { PrinterConfig } from '../state/printers';
import { api } from '../state/session';
import { t } from '../texts';

function PrinterSelect({ name, value, printers, unset = t('ADMIN_DO_NOT_PRINT') }: { name: string; value: string | null | undefined; printers: PrinterConfig[]; unset?: string }) {
  // The saved choice is marked on its option (a select has no default value of its own), and the
  // select is made again when that choice or the printers arrive: one made before shows
  // "(não imprimir)", and saving the form would then wipe what was routed.
  return (
    <select name={name} key={`${name}:${value ?? ''}:${printers.map((p) => p.id).join(',')}`}>
      <option value="" selected={!value}>
        {unset}
      </option>
      {printers.map((p) => (
        <option key={p.id} value={p.id} selected={p.id === value}>
          {p.name}
        </option>
      ))}
    </select>
  );
}

/**
 * Which printer prints the receipt, the reports and each kitchen station's tickets, and the printer
 * at each paired till: its sales' receipts print there and its cash drawer, hung off it, opens.
 */
export function PrinterRouting({ printers }: { printers: PrinterConfig[] }) {
  const routing = useQuery(() => api.get('/api/v1/print-routing'), 'print-routing');
  const stations = useQuery(() => api.get('/api/v1/kds/stations'), 'kds-stations');
  // Only who may see devices lists the tills; without them the form still routes the rest.
  const terminals = useQuery(() => readAllPages((page, size) => api.get('/api/v1/devices', { params: { query: { kind: 'POS', page, size, sort: 'name:asc' } } })), 'pos-devices');
  const tills = (terminals.data ?? []).filter((d) => d.status !== 'REVOKED');
  const [run, busy, message, failed] = useAction();
  const submit = (event: Event) => {
    const fields = formFields(event);
    const kitchenPrinters = Object.fromEntries((stations.data ?? []).map((s) => [s.code, fields[`kitchen-${s.code}`] || null]).filter(([, id]) => id));
    // Tills this form does not list (unpaired, or not visible to this user) keep their printer.
    const unlisted = Object.entries(routing.data?.tillPrinters ?? {}).filter(([terminalId]) => !tills.some((d) => d.id === terminalId));
    const listed = tills.map((d) => [d.id, fields[`till-${d.id}`]] as const).filter(([, id]) => id);
    const tillPrinters = Object.fromEntries([...unlisted, ...listed]);
    void run(async () => {
      await api.put('/api/v1/print-routing', { body: { receiptPrinterId: fields.receipt || null, reportPrinterId: fields.report || null, kitchenPrinters, tillPrinters } });
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
      {tills.map((d) => (
        <label key={d.id}>
          {t('ADMIN_ROUTING_TILL', { till: d.name })}
          <PrinterSelect name={`till-${d.id}`} value={current?.tillPrinters?.[d.id]} printers={printers} unset={t('ADMIN_ROUTING_TILL_UNSET')} />
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
