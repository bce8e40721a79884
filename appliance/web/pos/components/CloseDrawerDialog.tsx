import { closeOnEscape } from '../../shared/escape';
import { useState } from 'preact/hooks';
import { useAutofocus } from '../../shared/autofocus';
import { parseCents } from '../../shared/money';
import { closeDrawer, closing, type CountedMethod } from '../state/drawer';
import { errorText, t } from '../texts';
import type { PosMessageKey } from '../messages.pt-BR';

const METHODS: [CountedMethod, PosMessageKey][] = [
  ['CASH', 'POS_COUNT_CASH'],
  ['CREDIT', 'POS_COUNT_CREDIT'],
  ['DEBIT', 'POS_COUNT_DEBIT'],
  ['PIX', 'POS_COUNT_PIX'],
];

/** F10, fechamento cego: the counts per method, never the expected amounts. */
export function CloseDrawerDialog() {
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const submit = async (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const counted: Partial<Record<CountedMethod, number>> = {};
    for (const [method] of METHODS) {
      const text = String(data.get(method) ?? '').trim();
      const cents = text === '' ? 0 : parseCents(text);
      if (cents === null) return setError(t('POS_INVALID_AMOUNT'));
      counted[method] = cents;
    }
    try {
      await closeDrawer(counted);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const onKey = closeOnEscape(() => {
    closing.value = false;
  });
  return (
    <div class="overlay">
      <form class="card dialog" id="close-form" onSubmit={submit} onKeyDown={onKey} autocomplete="off">
        <h2>{t('POS_CLOSE_TITLE')}</h2>
        <p class="hint">{t('POS_CLOSE_HINT')}</p>
        {METHODS.map(([method, label], i) => (
          <label key={method}>
            {t(label)}
            <input name={method} inputMode="decimal" placeholder="0,00" ref={i === 0 ? first : undefined} />
          </label>
        ))}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (closing.value = false)}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary">{t('POS_CLOSE_CONFIRM')}</button>
        </div>
      </form>
    </div>
  );
}
