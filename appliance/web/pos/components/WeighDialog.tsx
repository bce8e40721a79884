import { useEffect, useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { closeOnEscape } from '../../shared/escape';
import { formatCents, formatGrams } from '../../shared/money';
import { addWeighedLine, weighedCents } from '../state/cart';
import type { Product } from '../state/catalog';
import { readScale, type ScaleReading, weighing } from '../state/weighing';
import { focusSearch } from '../state/ui';
import { errorText, t } from '../texts';

/** Pause between two readings of the scale while the dialog is open. */
const READING_INTERVAL_MS = 250;

function stateText(reading: ScaleReading | null): string {
  if (!reading) return t('POS_WEIGH_READING');
  if (!reading.stable) return reading.message;
  return reading.grams > 0 ? t('POS_WEIGH_STABLE') : t('POS_WEIGH_EMPTY');
}

/**
 * A product sold by weight: the scale's live weight and whether it is stable, the price it makes;
 * Enter (or the button) adds the line with the grams of the stable reading on screen.
 */
export function WeighDialog({ product }: { product: Product }) {
  const [reading, setReading] = useState<ScaleReading | null>(null);
  const [error, setError] = useState('');
  const form = useAutofocus<HTMLFormElement>();
  useEffect(() => {
    const stop = new AbortController();
    const follow = async () => {
      while (!stop.signal.aborted) {
        try {
          setReading(await readScale(stop.signal));
          setError('');
        } catch (failure) {
          if (stop.signal.aborted) return;
          setReading(null);
          setError(errorText(failure));
        }
        await new Promise((resolve) => setTimeout(resolve, READING_INTERVAL_MS));
      }
    };
    void follow();
    return () => stop.abort();
  }, []);
  const grams = reading?.stable ? reading.grams : 0;
  const close = () => {
    weighing.value = null;
    setTimeout(focusSearch, 0);
  };
  const add = (event: Event) => {
    event.preventDefault();
    if (grams <= 0) return;
    addWeighedLine(product, grams);
    close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) add(event);
    else closeOnEscape(close)(event);
  };
  return (
    <div class="overlay">
      <form class="card dialog weigh" id="weigh-form" tabIndex={-1} ref={form} onSubmit={add} onKeyDown={onKey} autocomplete="off">
        <h2>{t('POS_WEIGH_TITLE', { name: product.name })}</h2>
        <p class="hint">{t('POS_WEIGH_PRICE', { price: formatCents(product.priceCents) })}</p>
        <div class={`scale${grams > 0 ? ' stable' : ''}`} id="weigh-reading" role="status" data-stable={grams > 0 ? 'true' : 'false'}>
          <strong id="weigh-grams">{reading?.stable ? formatGrams(reading.grams) : '—'}</strong>
          <span id="weigh-state">{stateText(reading)}</span>
        </div>
        <div class="due">
          <span>{t('POS_TOTAL')}</span>
          <strong id="weigh-total">{grams > 0 ? formatCents(weighedCents(product.priceCents, grams)) : '—'}</strong>
        </div>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={close}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary" disabled={grams <= 0}>{t('POS_WEIGH_ADD')}</button>
        </div>
      </form>
    </div>
  );
}
