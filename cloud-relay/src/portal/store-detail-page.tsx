import type { HqUser } from '../hq/users.js';
import type { ZReportPage } from '../reports/z-reports.js';
import type { StoreSummary } from '../stores/store-service.js';
import { brl, integerPt, storeDateTime } from './format.js';
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

/** Where this page of days sits among all the store's closed days, with the way to the others. */
function ZReportPager(props: { storeId: string; metadata: ZReportPage['metadata']; shown: number }) {
  const { page, size, total } = props.metadata;
  const first = (page - 1) * size + 1;
  const lastPage = Math.ceil(total / size);
  const link = (to: number) => `/portal/stores/${props.storeId}?page=${to}`;
  return (
    <p class="pager">
      {page > 1 && <a href={link(Math.min(page - 1, lastPage))}>← Mais recentes</a>}{' '}
      {props.shown > 0 ? `Dias ${integerPt(first)}–${integerPt(first + props.shown - 1)} de ${integerPt(total)} fechados` : `Nenhum dia nesta página; ${integerPt(total)} fechados`}{' '}
      {first + size <= total && <a href={link(page + 1)}>Mais antigos →</a>}
    </p>
  );
}

export function StoreDetailPage(props: { user: HqUser; store: StoreSummary; reports: ZReportPage }) {
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
      {props.reports.metadata.total === 0 ? (
        <p class="muted">Nenhum dia fechado recebido ainda.</p>
      ) : (
        <ZReportPager storeId={store.id} metadata={props.reports.metadata} shown={props.reports.entries.length} />
      )}
      {props.reports.entries.map((entry) => (
        <div class="card z-report">
          <h2>
            {entry.businessDate} · fechado em {entry.closedAt ? storeDateTime(entry.closedAt, store.timeZone) : '—'}
          </h2>
          <ReportValue name="report" value={entry.report} />
        </div>
      ))}
    </Layout>
  );
}
