import { Outcome } from '../components/Outcome';
import { PrinterNameFields } from '../components/PrinterNameFields';
import { PrinterStatus } from '../components/PrinterStatus';
import { formFields, useAction, useQuery } from '../state/load';
import { type PrinterConfig, refuseTakenId, testPage, usePrinterHealth } from '../state/printers';
import { api } from '../state/session';
import { t } from '../texts';
import { DetectedPrinterForm } from './DetectedPrinterForm';
import { PrinterRouting } from './PrinterRouting';

function describe(connection: PrinterConfig['connection']): string {
  if (connection.type === 'tcp') return `${connection.host}:${connection.port}`;
  return connection.type === 'serial' ? connection.path : 'USB';
}

/** Printers: add a network printer or one plugged into the appliance, see each one's state and queue, print a test page, route the prints. */
export function PrintersPage() {
  const printers = useQuery(() => api.get('/api/v1/printers'), 'printers');
  const models = useQuery(() => api.get('/api/v1/printer-profiles'), 'printer-profiles');
  const health = usePrinterHealth(printers.data ?? []);
  const [run, busy, message, failed] = useAction();
  const [runAdd, adding, addMessage, addFailed] = useAction();
  const list = printers.data ?? [];
  const modelName = (profileId: string) => {
    const model = (models.data ?? []).find((m) => m.id === profileId);
    return model ? `${model.vendor} ${model.model}` : profileId;
  };
  const add = (event: Event) => {
    const fields = formFields(event);
    const form = event.currentTarget as HTMLFormElement;
    void runAdd(async () => {
      refuseTakenId(list, fields.id);
      await api.put('/api/v1/printers/{id}', {
        params: { path: { id: fields.id } },
        body: { name: fields.name, profileId: fields.profileId, connection: { type: 'tcp', host: fields.host, port: Number(fields.port) } },
      });
      form.reset();
      await printers.reload();
      return t('ADMIN_SAVED');
    });
  };
  const printTest = (printer: PrinterConfig) =>
    run(async () => {
      await api.post('/api/v1/print-jobs', { body: { printerId: printer.id, kind: 'test_page', payload: { document: testPage(printer, new Date()) } }, idempotencyKey: crypto.randomUUID() });
      return t('ADMIN_TEST_PAGE_SENT', { name: printer.name });
    });
  return (
    <>
      <h1>{t('ADMIN_NAV_PRINTERS')}</h1>
      {printers.error && <p class="error">{printers.error}</p>}
      <section class="card">
        <table id="printers">
          <thead>
            <tr>
              <th>{t('ADMIN_NAME')}</th>
              <th>{t('ADMIN_PRINTER_MODEL')}</th>
              <th>{t('ADMIN_PRINTER_ADDRESS')}</th>
              <th>{t('ADMIN_STATUS')}</th>
              <th>{t('ADMIN_QUEUE')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id} data-printer-id={p.id}>
                <td>{p.name}</td>
                <td>{modelName(p.profileId)}</td>
                <td>{describe(p.connection)}</td>
                <td>
                  <PrinterStatus health={health[p.id]} />
                </td>
                <td class="num queue">{health[p.id]?.pendingJobs ?? ''}</td>
                <td>
                  <button type="button" class="test-page" disabled={busy} onClick={() => printTest(p)}>
                    {t('ADMIN_TEST_PAGE')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Outcome message={message} failed={failed} />
      </section>
      <form class="card grid-form" id="printer-form" onSubmit={add}>
        <h2>{t('ADMIN_ADD_NETWORK_PRINTER')}</h2>
        <PrinterNameFields />
        <label>
          {t('ADMIN_PRINTER_MODEL')}
          <select name="profileId" required>
            {(models.data ?? [])
              .filter((m) => m.transports.includes('tcp'))
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.vendor} {m.model}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('ADMIN_PRINTER_HOST')}
          <input name="host" required placeholder="192.168.0.50" />
        </label>
        <label>
          {t('ADMIN_PRINTER_PORT')}
          <input name="port" type="number" min={1} max={65535} defaultValue="9100" required />
        </label>
        <div class="wide">
          <button type="submit" class="primary" disabled={adding}>
            {t('ADMIN_ADD_PRINTER')}
          </button>
          <Outcome message={addMessage} failed={addFailed} />
        </div>
      </form>
      <DetectedPrinterForm models={models.data ?? []} printers={list} onAdded={printers.reload} />
      <PrinterRouting printers={list} />
    </>
  );
}
