import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { BarChart, hourBars } from '../components/BarChart';
import { DataTable } from '../components/DataTable';
import { type Category, flattenCategories } from '../state/catalog';
import { centsCell } from '../state/csv';
import { useQuery } from '../state/load';
import { type DayReport, METHOD_LABELS, quantityText } from '../state/reports';
import { api } from '../state/session';
import { t } from '../texts';

const OPEN_DAY = 'current';

/** Sales of a day (the open one as an X report, or a closed day's Z): by payment, product, category, hour and operator, each exportable. */
export function ReportsPage() {
  const [day, setDay] = useState(OPEN_DAY);
  const days = useQuery(() => api.get('/api/v1/business-days', { params: { query: { size: 60, sort: 'date:desc' } } }), 'days');
  // The report routes declare no answer schema yet: the Z report's fields are read as docs/money.md gives them.
  const answer = useQuery(
    async () => (await (day === OPEN_DAY ? api.get('/api/v1/business-days/current/x-report') : api.get('/api/v1/business-days/{id}/report', { params: { path: { id: day } } }))) as { report: DayReport },
    day,
  );
  const tree = useQuery(async () => (await api.get('/api/v1/categories')) as Category[], 'categories');
  const categoryNames = new Map(flattenCategories(tree.data ?? []).map((c) => [c.id, c.label.trim()]));
  // The report waits for the category names, so a category never shows as its id while they load.
  const report = tree.data || tree.error ? answer.data?.report : undefined;
  const file = (what: string) => `vendas-${what}-${report?.date ?? 'dia'}.csv`;
  const method = (code: string) => (METHOD_LABELS[code] ? t(METHOD_LABELS[code]) : code);
  return (
    <>
      <h1>
        {t('ADMIN_NAV_REPORTS')}
        <select id="report-day" aria-label={t('ADMIN_REPORT_DAY')} value={day} onChange={(e) => setDay((e.currentTarget as HTMLSelectElement).value)}>
          <option value={OPEN_DAY}>{t('ADMIN_REPORT_OPEN_DAY')}</option>
          {(days.data ?? [])
            .filter((d) => d.status === 'CLOSED')
            .map((d) => (
              <option key={d.id} value={d.id}>
                {t('ADMIN_REPORT_CLOSED_DAY', { date: d.date.split('-').reverse().join('/') })}
              </option>
            ))}
        </select>
      </h1>
      {answer.error && <p class="error">{answer.error}</p>}
      {tree.error && <p class="error">{tree.error}</p>}
      {report && (
        <>
          <div class="tiles">
            <div class="tile ok" id="report-totals">
              <h2>{t('ADMIN_REPORT_TOTAL')}</h2>
              <p>{t('ADMIN_REPORT_TOTAL_LINE', { orders: report.sales.ordersCount, net: formatCents(report.sales.netCents), discount: formatCents(report.sales.discountCents) })}</p>
            </div>
          </div>
          <div class="columns">
            <BarChart id="chart-hours" title={t('ADMIN_REPORT_CHART_HOURS')} bars={hourBars(report.byHour)} />
            <BarChart
              id="chart-categories"
              title={t('ADMIN_REPORT_CHART_CATEGORIES')}
              bars={report.byCategory.map((c) => ({ label: categoryNames.get(c.categoryId) ?? c.categoryId, amountCents: c.amountCents }))}
            />
          </div>
          <div class="columns">
            <DataTable
              id="report-methods"
              title={t('ADMIN_REPORT_BY_METHOD')}
              columns={[{ label: t('ADMIN_REPORT_METHOD') }, { label: t('ADMIN_REPORT_COUNT'), num: true }, { label: t('ADMIN_REPORT_CAPTURED'), num: true }, { label: t('ADMIN_REPORT_REFUNDED'), num: true }, { label: t('ADMIN_REPORT_NET'), num: true }]}
              rows={report.payments.byMethod.map((m) => [method(m.method), m.count, formatCents(m.capturedCents), formatCents(m.refundedCents), formatCents(m.netCents)])}
              csv={{ file: file('pagamentos'), rows: report.payments.byMethod.map((m) => [method(m.method), m.count, centsCell(m.capturedCents), centsCell(m.refundedCents), centsCell(m.netCents)]) }}
            />
            <DataTable
              id="report-products"
              title={t('ADMIN_REPORT_BY_PRODUCT')}
              columns={[{ label: t('ADMIN_NAME') }, { label: t('ADMIN_REPORT_QUANTITY'), num: true }, { label: t('ADMIN_REPORT_AMOUNT'), num: true }]}
              rows={report.byProduct.map((p) => [p.name, quantityText(p.quantity, p.unit), formatCents(p.amountCents)])}
              csv={{ file: file('produtos'), rows: report.byProduct.map((p) => [p.name, quantityText(p.quantity, p.unit), centsCell(p.amountCents)]) }}
            />
            <DataTable
              id="report-categories"
              title={t('ADMIN_REPORT_BY_CATEGORY')}
              columns={[{ label: t('ADMIN_CATEGORY') }, { label: t('ADMIN_REPORT_COUNT'), num: true }, { label: t('ADMIN_REPORT_AMOUNT'), num: true }]}
              rows={report.byCategory.map((c) => [categoryNames.get(c.categoryId) ?? c.categoryId, c.count, formatCents(c.amountCents)])}
              csv={{ file: file('categorias'), rows: report.byCategory.map((c) => [categoryNames.get(c.categoryId) ?? c.categoryId, c.count, centsCell(c.amountCents)]) }}
            />
            <DataTable
              id="report-hours"
              title={t('ADMIN_REPORT_BY_HOUR')}
              columns={[{ label: t('ADMIN_REPORT_HOUR') }, { label: t('ADMIN_REPORT_COUNT'), num: true }, { label: t('ADMIN_REPORT_AMOUNT'), num: true }]}
              rows={report.byHour.map((h) => [`${h.hour}h`, h.count, formatCents(h.amountCents)])}
              csv={{ file: file('horas'), rows: report.byHour.map((h) => [`${h.hour}h`, h.count, centsCell(h.amountCents)]) }}
            />
            <DataTable
              id="report-operators"
              title={t('ADMIN_REPORT_BY_OPERATOR')}
              columns={[{ label: t('ADMIN_REPORT_OPERATOR') }, { label: t('ADMIN_REPORT_COUNT'), num: true }, { label: t('ADMIN_REPORT_AMOUNT'), num: true }]}
              rows={report.byOperator.map((o) => [o.name ?? o.operatorId, o.count, formatCents(o.amountCents)])}
              csv={{ file: file('operadores'), rows: report.byOperator.map((o) => [o.name ?? o.operatorId, o.count, centsCell(o.amountCents)]) }}
            />
          </div>
        </>
      )}
    </>
  );
}
