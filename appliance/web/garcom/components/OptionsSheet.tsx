import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { incompleteGroup, type OptionGroup, pickedIn, toggleOption } from '../../shared/product-options';
import type { Product } from '../state/catalog';
import { addLine } from '../state/round';
import { t } from '../texts';

function rule(group: OptionGroup): string {
  if (group.minChoices === group.maxChoices) return t('WAITER_CHOOSE_EXACTLY', { min: group.minChoices });
  if (group.minChoices === 0) return t('WAITER_CHOOSE_UP_TO', { max: group.maxChoices });
  return t('WAITER_CHOOSE_BETWEEN', { min: group.minChoices, max: group.maxChoices });
}

/** Modifiers, combo choices and pizza flavours (each shown with its fraction), plus a note. */
export function OptionsSheet({ product, tabId, close }: { product: Product; tabId: string; close(): void }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const missing = incompleteGroup(product, picked);
    if (missing) return setError(t('WAITER_OPTIONS_INCOMPLETE', { group: missing.name }));
    const notes = String(new FormData(event.currentTarget as HTMLFormElement).get('notes') ?? '').trim();
    const all = product.optionGroups.flatMap((g) => g.options);
    addLine(tabId, product, picked, picked.map((id) => all.find((o) => o.id === id)!.name), notes);
    close();
  };
  return (
    <form class="sheet options" id="options-form" onSubmit={submit} aria-label={product.name}>
      <h2>{product.name}</h2>
      {product.optionGroups.map((group) => {
        const chosen = pickedIn(group, picked);
        return (
          <fieldset key={group.id}>
            <legend>
              {group.name} <small>({rule(group)})</small>
            </legend>
            {group.options.map((option) => (
              <label key={option.id} class="option">
                <input type={group.maxChoices === 1 ? 'radio' : 'checkbox'} name={group.id} value={option.id} checked={picked.includes(option.id)} onChange={() => setPicked(toggleOption(group, picked, option.id))} />
                <span>{option.name}</span>
                {group.kind === 'FLAVOR' && picked.includes(option.id) && <small class="fraction">{t('WAITER_FRACTION', { fraction: `1/${chosen.length}` })}</small>}
                {option.priceCents ? <small>{formatCents(option.priceCents)}</small> : null}
              </label>
            ))}
          </fieldset>
        );
      })}
      <label class="note">
        {t('WAITER_NOTES')}
        <input name="notes" maxLength={140} autocomplete="off" />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={close}>
          {t('WAITER_CANCEL')}
        </button>
        <button type="submit" class="primary" id="options-add">
          {t('WAITER_ADD')}
        </button>
      </div>
    </form>
  );
}
