import type { HqUser } from '../hq/users.js';
import { z } from 'zod';
import type { ZReportEntry, ZReportPage } from '../reports/z-reports.js';
import type { StoreSummary } from '../stores/store-service.js';
import { brl, datePt, integerPt, paymentMethodName, storeDateTime } from './format.js';
import { Layout } from './layout.js';

/** A figure a report of an earlier release may lack or hold in another shape: then it reads "—". */
const maybe = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The key figures HQ reads from a Z journaled before the store sent its printed text. */
const earlierZReport = z
  .object({
    openedAt: maybe(z.string()),
    closedAt: maybe(z.string()),
    payments: maybe(z.object({ netCents: maybe(z.number()), byMethod: maybe(z.array(z.object({ method: z.string(), count: maybe(z.number()), netCents: z.number() }))) })),
    sales: maybe(z.object({ grossCents: maybe(z.number()), discountCents: maybe(z.number()), netCents: maybe(z.number()) })),
  })
  .catch({});

const money = (cents: number | undefined) => (cents === undefined ? '—' : brl(cents));

function Figure(props: { label: string; value: string; detail?: boolean }) {
  return (
    <tr>
      <th class={props.detail ? 'detail' : undefined}>{props.label}</th>
      <td class="num">{props.value}</td>
    </tr>
  );
}

/** A day from a release before the printed Z was journaled: its key figures in pt-BR, not the report's keys. */
function ZReportFigures(props: { entry: ZReportEntry; timeZone: string }) {
  const { entry, timeZone } = props;
  const report = earlierZReport.parse(entry.report);
  const instant = (iso: string | undefined) => (iso ? storeDateTime(iso, timeZone) : '—');
  const discount = report.sales?.discountCents;
  return (
    <table class="z-figures">
      <Figure label="Data" value={datePt(entry.businessDate)} />
      <Figure label="Abertura" value={instant(report.openedAt)} />
      <Figure label="Fechamento" value={instant(report.closedAt)} />
      <Figure label="Recebimentos líquidos" value={money(report.payments?.netCents)} />
      {(report.payments?.byMethod ?? []).map((method) => (
        <Figure detail label={method.count === undefined ? paymentMethodName(method.method) : `${paymentMethodName(method.method)} (${integerPt(method.count)})`} value={brl(method.netCents)} />
      ))}
      <Figure label="Venda bruta" value={money(report.sales?.grossCents)} />
      <Figure label="Descontos" value={money(discount === undefined ? undefined : -discount)} />
      <Figure label="Venda líquida" value={money(report.sales?.netCents)} />
    </table>
  );
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
      <h2>Relatórios Z (fechamento do dia, como impressos na loja)</h2>
      {props.reports.metadata.total === 0 ? (
        <p class="muted">Nenhum dia fechado recebido ainda.</p>
      ) : (
        <ZReportPager storeId={store.id} metadata={props.reports.metadata} shown={props.reports.entries.length} />
      )}
      <div class="z-reports">
        {props.reports.entries.map((entry) => (
          <div class="card z-report">
            <h2>
              {datePt(entry.businessDate)} · fechado em {entry.closedAt ? storeDateTime(entry.closedAt, store.timeZone) : '—'}
            </h2>
            {entry.text === null ? <ZReportFigures entry={entry} timeZone={store.timeZone} /> : <pre class="z-text">{entry.text}</pre>}
          </div>
        ))}
      </div>
    </Layout>
  );
}
