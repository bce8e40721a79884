import { formatCents } from '../../shared/money';
import { t } from '../texts';

export interface Bar {
  label: string;
  amountCents: number;
}

/**
 * Amounts as horizontal bars beside their labels: the shape of the day at a glance, for a manager
 * who will not read a table to see the lunch peak. The tables beside it keep the exact figures.
 */
export function BarChart({ id, title, bars }: { id: string; title: string; bars: Bar[] }) {
  const top = Math.max(1, ...bars.map((b) => b.amountCents));
  return (
    <figure class="card bar-chart" id={id}>
      <figcaption>{title}</figcaption>
      {bars.length === 0 && <p class="hint">{t('ADMIN_NOTHING_YET')}</p>}
      {bars.map((bar) => (
        <div class="bar-row" key={bar.label}>
          <span class="bar-label">{bar.label}</span>
          <span class="bar-track">
            <span class="bar" style={{ width: `${(bar.amountCents / top) * 100}%` }} />
          </span>
          <span class="bar-value">{formatCents(bar.amountCents)}</span>
        </div>
      ))}
    </figure>
  );
}

/**
 * Every hour from the first sale's to the last's (the report's two-digit hours of the store's day),
 * the quiet ones at zero, so gaps in the day show.
 */
export function hourBars(byHour: readonly { hour: string; amountCents: number }[]): Bar[] {
  if (byHour.length === 0) return [];
  const amounts = new Map(byHour.map((h) => [Number(h.hour), h.amountCents]));
  const hours = [...amounts.keys()];
  const bars: Bar[] = [];
  for (let hour = Math.min(...hours); hour <= Math.max(...hours); hour++) bars.push({ label: `${String(hour).padStart(2, '0')}h`, amountCents: amounts.get(hour) ?? 0 });
  return bars;
}
