import type { HqUser } from '../hq/users.js';
import type { ZReportEntry } from '../reports/z-reports.js';
import type { StoreSummary } from '../stores/store-service.js';
import { brl, integerPt } from './format.js';
import { Layout } from './layout.js';

/** Renders whatever the appliance put in its Z report: amounts are fields ending in Cents. */
function ReportValue(props: { name: string; value: unknown }) {
  const { name, value } = props;
  if (typeof value === 'number' && name.endsWith('Cents')) return <span>{brl(value)}</span>;
  if (typeof value === 'number') return <span>{integerPt(value)}</span>;
  if (value === null || value === undefined) return <span>—</span>;
  if (Array.isArray(value) || typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((item, index) => [String(index + 1), item] as const) : Object.entries(value as object);
    return (
      <table>
        {entries.map(([key, inner]) => (
          <tr>
            <th>{key}</th>
            <td class="num">
              <ReportValue name={key} value={inner} />
            </td>
          </tr>
        ))}
      </table>
    );
  }
  return <span>{String(value)}</span>;
}

export function StoreDetailPage(props: { user: HqUser; store: StoreSummary; reports: ZReportEntry[] }) {
  const { store } = props;
  return (
    <Layout title={store.name} user={props.user}>
      <h1>{store.name}</h1>
      <div class="card">
        <p>
          Código <b>{store.code}</b> · fuso {store.timeZone} · {integerPt(store.highWater)} eventos recebidos · diário da loja em{' '}
          {integerPt(store.journalHead)}
        </p>
      </div>
      <h2>Relatórios Z (fechamento do dia, como calculados na loja)</h2>
      {props.reports.length === 0 && <p class="muted">Nenhum dia fechado recebido ainda.</p>}
      {props.reports.map((entry) => (
        <div class="card z-report">
          <h2>
            {entry.businessDate} · fechado em {entry.closedAt ? new Date(entry.closedAt).toLocaleString('pt-BR', { timeZone: store.timeZone }) : '—'}
          </h2>
          <ReportValue name="report" value={entry.report} />
        </div>
      ))}
    </Layout>
  );
}
