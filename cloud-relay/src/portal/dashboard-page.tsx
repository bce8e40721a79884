import type { HqUser } from '../hq/users.js';
import type { SalesReport } from '../reports/sales-report.js';
import type { StoreSummary } from '../stores/store-service.js';
import { BarChart, ColumnChart } from './charts.js';
import { brl, datePt, integerPt, paymentMethodName } from './format.js';
import { Layout } from './layout.js';

/** The period's reports the page draws. */
export interface DashboardFigures {
  byStore: SalesReport;
  byDay: SalesReport;
  byHour: SalesReport;
  byMethod: SalesReport;
  topProducts: SalesReport;
}

export interface DashboardData {
  user: HqUser;
  from: string;
  to: string;
  selectedStoreIds: string[];
  stores: StoreSummary[];
  /** null when the period cannot be read: the page shows the filters and why. */
  figures: DashboardFigures | null;
}

function exportLink(data: DashboardData, groupBy: string): string {
  const params = new URLSearchParams({ from: data.from, to: data.to, groupBy });
  if (data.selectedStoreIds.length > 0) params.set('storeId', data.selectedStoreIds.join(','));
  return `/portal/export.csv?${params.toString()}`;
}

export function DashboardPage(props: { data: DashboardData; error?: string }) {
  const data = props.data;
  return (
    <Layout title="Vendas" user={data.user}>
      <h1>Vendas</h1>
      {props.error && <div class="error">{props.error}</div>}
      <Filters data={data} />
      {data.figures && <Figures figures={data.figures} />}
    </Layout>
  );
}

/** The period and stores, reloading the page as they change; the exports only for a period the page could show. */
function Filters(props: { data: DashboardData }) {
  const data = props.data;
  return (
    <form class="card filters" method="get" action="/portal" data-autosubmit>
      <div>
        <label for="from">De</label>
        <input type="date" id="from" name="from" value={data.from} />
      </div>
      <div>
        <label for="to">Até</label>
        <input type="date" id="to" name="to" value={data.to} />
      </div>
      <div>
        <label for="storeId">Lojas</label>
        <select id="storeId" name="storeId" multiple size={Math.min(4, Math.max(2, data.stores.length))}>
          {data.stores.map((store) => (
            <option value={store.id} selected={data.selectedStoreIds.includes(store.id)}>
              {store.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit">Filtrar</button>
      </div>
      {data.figures && (
        <div>
          <a href={exportLink(data, 'storeDay')}>Exportar CSV (loja × dia)</a>
          <a href={exportLink(data, 'product')}>Exportar CSV (produtos)</a>
        </div>
      )}
    </form>
  );
}

function Figures(props: { figures: DashboardFigures }) {
  const data = props.figures;
  const totals = data.byStore.totals;
  const hours = Array.from({ length: 24 }, (_, hour) => {
    const key = hour.toString().padStart(2, '0');
    return { label: `${key}h`, value: data.byHour.rows.find((row) => row.key === key)?.netCents ?? 0 };
  });
  const averageTicket = totals.ordersCount > 0 ? Math.round(totals.netCents / totals.ordersCount) : 0;
  return (
    <>
      <div class="kpis">
        <div class="card kpi" id="kpi-net">
          <div class="label">Vendas líquidas</div>
          <div class="value">{brl(totals.netCents)}</div>
        </div>
        <div class="card kpi">
          <div class="label">Pedidos pagos</div>
          <div class="value">{integerPt(totals.ordersCount)}</div>
        </div>
        <div class="card kpi">
          <div class="label">Ticket médio</div>
          <div class="value">{brl(averageTicket)}</div>
        </div>
        <div class="card kpi">
          <div class="label">Estornos</div>
          <div class="value">{brl(totals.refundedCents)}</div>
        </div>
      </div>
      <div class="card">
        <h2>Por loja</h2>
        <table id="sales-by-store">
          <thead>
            <tr>
              <th>Loja</th>
              <th class="num">Pedidos</th>
              <th class="num">Bruto</th>
              <th class="num">Estornos</th>
              <th class="num">Líquido</th>
            </tr>
          </thead>
          <tbody>
            {data.byStore.rows.map((row) => (
              <tr data-store-id={row.storeId}>
                <td>{row.label}</td>
                <td class="num">{integerPt(row.ordersCount)}</td>
                <td class="num">{brl(row.grossCents)}</td>
                <td class="num">{brl(row.refundedCents)}</td>
                <td class="num">{brl(row.netCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="grid">
        <BarChart id="chart-by-store" title="Vendas por loja" data={data.byStore.rows.map((r) => ({ label: r.label, value: r.netCents }))} format={brl} />
        {/* Day first, as in Brazil: 03-04 would read as 3 April. */}
        <ColumnChart id="chart-by-day" title="Vendas por dia" data={data.byDay.rows.map((r) => ({ label: datePt(r.key).slice(0, 5), value: r.netCents }))} format={brl} />
        <ColumnChart id="chart-by-hour" title="Vendas por hora" data={hours} format={brl} />
        <BarChart
          id="chart-by-method"
          title="Por forma de pagamento"
          data={data.byMethod.rows.map((r) => ({ label: paymentMethodName(r.key), value: r.netCents }))}
          format={brl}
        />
        <BarChart id="chart-top-products" title="Produtos mais vendidos" data={data.topProducts.rows.map((r) => ({ label: r.label, value: r.netCents }))} format={brl} />
      </div>
    </>
  );
}
