import { useState } from 'preact/hooks';
import { formatCents, formatGrams } from '../../shared/money';
import { ChannelSelect } from '../components/ChannelSelect';
import { Outcome } from '../components/Outcome';
import type { Product } from '../state/catalog';
import { useAction } from '../state/load';
import { type CHANNELS, REASON_LABELS, sampleOptions, type Simulation } from '../state/pricing';
import { api } from '../state/session';
import { InputError, t } from '../texts';

type SampleProduct = Product & { optionGroups?: { minChoices: number; options: { id: string }[] }[] };

/** `2026-11-23T18:00` for a datetime-local field, in the browser's (the store's) zone. */
function localNow(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** "Simular": a sample order priced by the appliance's engine, each line with the verdict of every rule. */
export function PricingSimulator({ products }: { products: SampleProduct[] }) {
  const [lines, setLines] = useState<{ productId: string; quantity: number }[]>([]);
  const [result, setResult] = useState<Simulation | null>(null);
  const [run, busy, message, failed] = useAction();
  const byId = new Map(products.map((p) => [p.id, p]));
  const addLine = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    setLines([...lines, { productId: String(data.get('productId')), quantity: Number(data.get('quantity')) }]);
    setResult(null);
  };
  const simulate = () => {
    const form = document.getElementById('simulate-context') as HTMLFormElement;
    const data = new FormData(form);
    void run(async () => {
      if (lines.length === 0) throw new InputError(t('ADMIN_SIMULATE_NO_LINES'));
      const body = {
        channel: String(data.get('channel')) as (typeof CHANNELS)[number],
        at: new Date(String(data.get('at'))).toISOString(),
        lines: lines.map((l) => ({ ...l, options: sampleOptions(byId.get(l.productId)?.optionGroups ?? []) })),
      };
      setResult(await api.post('/api/v1/pricing/simulate', { body }));
      return t('ADMIN_SIMULATE_DONE');
    });
  };
  return (
    <section class="card" id="pricing-simulator">
      <h2>{t('ADMIN_SIMULATE_TITLE')}</h2>
      <p class="hint">{t('ADMIN_SIMULATE_HINT')}</p>
      <form id="simulate-context" class="row" onSubmit={(e) => e.preventDefault()} onInput={() => setResult(null)}>
        <ChannelSelect defaultValue="TABLE" />
        <label>
          {t('ADMIN_SIMULATE_WHEN')}
          <input name="at" type="datetime-local" required defaultValue={localNow()} />
        </label>
      </form>
      <form id="simulate-line" class="row" onSubmit={addLine}>
        <label>
          {t('ADMIN_SIMULATE_PRODUCT')}
          <select name="productId" required>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('ADMIN_SIMULATE_QUANTITY')}
          <input name="quantity" type="number" min={1} max={100000} defaultValue="1" required />
        </label>
        <button type="submit">{t('ADMIN_SIMULATE_ADD_LINE')}</button>
        <button type="button" class="primary" id="simulate-run" disabled={busy} onClick={simulate}>
          {t('ADMIN_SIMULATE')}
        </button>
      </form>
      {!result && lines.length > 0 && (
        <ul class="tree" id="simulate-lines">
          {lines.map((l, index) => (
            <li key={index} class="row">
              <span>
                {l.quantity} × {byId.get(l.productId)?.name ?? l.productId}
              </span>
              <button type="button" onClick={() => setLines(lines.filter((_, i) => i !== index))}>
                {t('ADMIN_SIMULATE_REMOVE_LINE')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {result && <SimulationTable result={result} />}
      <Outcome message={message} failed={failed} />
    </section>
  );
}

function SimulationTable({ result }: { result: Simulation }) {
  return (
    <table id="simulate-result">
      <thead>
        <tr>
          <th>{t('ADMIN_SIMULATE_PRODUCT')}</th>
          <th class="num">{t('ADMIN_SIMULATE_BASE')}</th>
          <th class="num">{t('ADMIN_SIMULATE_GROSS')}</th>
          <th class="num">{t('ADMIN_SIMULATE_DISCOUNT')}</th>
          <th class="num">{t('ADMIN_SIMULATE_TOTAL')}</th>
        </tr>
      </thead>
      <tbody>
        {result.lines.map((line, index) => [
          <tr key={`l${index}`} data-line={index}>
            <td>
              {line.unit === 'GRAM' ? formatGrams(line.quantity) : `${line.quantity} ×`} {line.name}
            </td>
            <td class="num">{formatCents(line.baseCents)}</td>
            <td class="num">{formatCents(line.grossCents)}</td>
            <td class="num">{line.discountCents ? `−${formatCents(line.discountCents)}` : '—'}</td>
            <td class="num">
              <strong>{formatCents(line.totalCents)}</strong>
            </td>
          </tr>,
          <tr key={`t${index}`} class="trace">
            <td colSpan={5}>
              <ul class="trace-steps">
                {line.trace.map((step) => (
                  <li key={step.ruleId} class={step.applied ? 'applied' : undefined} data-rule={step.ruleId} data-reason={step.reason}>
                    <strong>{step.ruleId}</strong> — {t(REASON_LABELS[step.reason], { amount: formatCents(step.amountCents), by: step.beatenBy ?? '' })}
                  </li>
                ))}
              </ul>
            </td>
          </tr>,
        ])}
        <tr>
          <td>
            <strong>{t('ADMIN_SIMULATE_SUM')}</strong>
          </td>
          <td class="num">{formatCents(result.baseCents)}</td>
          <td />
          <td class="num">{result.discountCents ? `−${formatCents(result.discountCents)}` : '—'}</td>
          <td class="num">
            <strong id="simulate-total">{formatCents(result.totalCents)}</strong>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
