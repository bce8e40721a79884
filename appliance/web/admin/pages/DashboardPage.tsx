import { PrinterStatus } from '../components/PrinterStatus';
import { healthLines, useHealth } from '../state/health';
import { useQuery } from '../state/load';
import { usePrinterHealth } from '../state/printers';
import { api, can } from '../state/session';
import { type MessageKey, t } from '../texts';
import { BackupsPanel } from './BackupsPanel';
import { LogTailPanel } from './LogTailPanel';
import { RestartPanel } from './RestartPanel';
import { UnbookedPaymentsPanel } from './UnbookedPaymentsPanel';
import { UpdatePanel } from './UpdatePanel';

const STATUS_TEXT = { ok: 'ADMIN_STATUS_OK', degraded: 'ADMIN_STATUS_DEGRADED', down: 'ADMIN_STATUS_DOWN' } as const;
const CHECK_NAMES: Record<string, MessageKey> = {
  database: 'ADMIN_CHECK_DATABASE',
  broker: 'ADMIN_CHECK_BROKER',
  disk: 'ADMIN_CHECK_DISK',
  memory: 'ADMIN_CHECK_MEMORY',
  printing: 'ADMIN_CHECK_PRINTING',
  fiscal: 'ADMIN_CHECK_FISCAL',
  replication: 'ADMIN_CHECK_REPLICATION',
  hardware: 'ADMIN_CHECK_HARDWARE',
  kitchen: 'ADMIN_CHECK_KITCHEN',
};

/** The service dashboard: money to check first (PIX received outside an order), every subsystem's health and each printer with its queue, refreshed live; restarts, backups and the log tail. */
export function DashboardPage() {
  const { report, unreachable } = useHealth();
  const printers = useQuery(() => api.get('/api/v1/printers'), 'printers');
  const printerHealth = usePrinterHealth(printers.data ?? []);
  return (
    <>
      <h1>
        {t('ADMIN_NAV_DASHBOARD')}
        {report && (
          <span class={`pill ${report.status}`} id="overall">
            {t(STATUS_TEXT[report.status])}
          </span>
        )}
      </h1>
      {can('reports.read') && <UnbookedPaymentsPanel />}
      {unreachable && (
        <p class="error" role="alert">
          {t('ADMIN_APPLIANCE_UNREACHABLE')}
        </p>
      )}
      <div class="tiles">
        {report &&
          Object.entries(report.checks).map(([name, check]) => (
            <section key={name} class={`tile ${check.status}`} data-check={name} data-status={check.status}>
              <h2>{CHECK_NAMES[name] ? t(CHECK_NAMES[name]) : name}</h2>
              <span class={`pill ${check.status}`}>{t(STATUS_TEXT[check.status])}</span>
              {healthLines(name, check).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
          ))}
      </div>
      <section class="card">
        <h2>{t('ADMIN_NAV_PRINTERS')}</h2>
        <table id="dashboard-printers">
          <thead>
            <tr>
              <th>{t('ADMIN_NAME')}</th>
              <th>{t('ADMIN_STATUS')}</th>
              <th>{t('ADMIN_QUEUE')}</th>
            </tr>
          </thead>
          <tbody>
            {(printers.data ?? []).map((p) => (
              <tr key={p.id} data-printer-id={p.id}>
                <td>{p.name}</td>
                <td>
                  <PrinterStatus health={printerHealth[p.id]} />
                </td>
                <td class="num queue">{printerHealth[p.id]?.pendingJobs ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {can('service.restart') && <RestartPanel />}
      {can('system.update') && <UpdatePanel />}
      {can('backups.manage') && <BackupsPanel />}
      {can('logs.read') && <LogTailPanel />}
    </>
  );
}
