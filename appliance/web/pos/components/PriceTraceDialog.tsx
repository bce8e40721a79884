import { useEffect, useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { closeOnEscape } from '../../shared/escape';
import { formatCents } from '../../shared/money';
import type { PosMessageKey } from '../messages.pt-BR';
import type { CartLine } from '../state/cart';
import { type PricedLine, traceLine, tracedLine } from '../state/price-trace';
import { focusSearch } from '../state/ui';
import { errorText, t } from '../texts';

type Step = PricedLine['trace'][number];

const RULE_KINDS: Record<string, PosMessageKey> = {
  CHANNEL_MARKUP: 'POS_RULE_CHANNEL_MARKUP',
  HAPPY_HOUR: 'POS_RULE_HAPPY_HOUR',
  PERCENT_OFF: 'POS_RULE_PERCENT_OFF',
  FIXED_OFF: 'POS_RULE_FIXED_OFF',
  BUY_X_GET_Y: 'POS_RULE_BUY_X_GET_Y',
  COMBO_DISCOUNT: 'POS_RULE_COMBO_DISCOUNT',
};

/** Why each rule did or did not change the line, as the cashier explains it to the customer. */
const REASONS: Record<Step['reason'], PosMessageKey> = {
  MARKUP: 'POS_TRACE_MARKUP',
  BEST_DISCOUNT: 'POS_TRACE_BEST_DISCOUNT',
  COMBO: 'POS_TRACE_COMBO',
  OTHER_CHANNEL: 'POS_TRACE_OTHER_CHANNEL',
  OUTSIDE_WINDOW: 'POS_TRACE_OUTSIDE_WINDOW',
  NOT_TARGETED: 'POS_TRACE_NOT_TARGETED',
  NO_DISCOUNT: 'POS_TRACE_NO_DISCOUNT',
  BEATEN: 'POS_TRACE_BEATEN',
  INCOMPLETE_COMBO: 'POS_TRACE_INCOMPLETE_COMBO',
  UNITS_ALREADY_DISCOUNTED: 'POS_TRACE_UNITS_ALREADY_DISCOUNTED',
};

const ruleName = (step: Pick<Step, 'kind' | 'ruleId'>) => `${RULE_KINDS[step.kind] ? t(RULE_KINDS[step.kind]) : step.kind} · ${step.ruleId}`;

/** `*` or a tap on a line's price: the list price, each rule's verdict, and the price the line gets. */
export function PriceTraceDialog({ line }: { line: CartLine }) {
  const [priced, setPriced] = useState<PricedLine | null>(null);
  const [error, setError] = useState('');
  const button = useAutofocus<HTMLButtonElement>();
  useEffect(() => {
    traceLine(line).then(setPriced, (failure: unknown) => setError(errorText(failure)));
  }, [line]);
  const close = () => {
    tracedLine.value = null;
    setTimeout(focusSearch, 0);
  };
  return (
    <div class="overlay" onKeyDown={closeOnEscape(close)}>
      <div class="card dialog" role="dialog" id="price-trace" aria-label={t('POS_TRACE_TITLE', { name: line.product.name })}>
        <h2>{t('POS_TRACE_TITLE', { name: line.product.name })}</h2>
        {!priced && !error && <p class="hint">{t('POS_WORKING')}</p>}
        {priced && (
          <>
            <div class="due">
              <span>{t('POS_TRACE_LIST')}</span>
              <strong>{formatCents(priced.baseCents)}</strong>
            </div>
            {priced.trace.length === 0 && <p class="hint" id="trace-none">{t('POS_TRACE_NO_RULES')}</p>}
            <ol class="trace">
              {priced.trace.map((step) => (
                <li key={step.ruleId} class={step.applied ? 'applied' : 'skipped'} data-rule-id={step.ruleId}>
                  <b>{ruleName(step)}</b>
                  <span>{t(REASONS[step.reason], { amount: formatCents(Math.abs(step.amountCents)), by: step.beatenBy ?? '' })}</span>
                </li>
              ))}
            </ol>
            <div class="due">
              <span>{t('POS_TRACE_FINAL')}</span>
              <strong id="trace-total">{formatCents(priced.totalCents)}</strong>
            </div>
          </>
        )}
        {error && <p class="error" role="alert">{error}</p>}
        <button type="button" class="primary" ref={button} onClick={close}>{t('POS_HELP_CLOSE')}</button>
      </div>
    </div>
  );
}
