import { useAutofocus } from '../../shared/autofocus';
import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { incompleteGroup, pickedIn, toggleOption } from '../../shared/product-options';
import { optionsFor } from '../state/actions';
import type { OptionGroup, Product } from '../state/catalog';
import { addLine } from '../state/cart';
import { t } from '../texts';

function rule(group: OptionGroup): string {
  if (group.minChoices === group.maxChoices) return t('POS_CHOOSE_EXACTLY', { min: group.minChoices });
  if (group.minChoices === 0) return t('POS_CHOOSE_UP_TO', { max: group.maxChoices });
  return t('POS_CHOOSE_BETWEEN', { min: group.minChoices, max: group.maxChoices });
}

/** Modifiers, combo choices and pizza flavours of one product, plus a note; Enter adds, Esc cancels. */
export function OptionsDialog({ product }: { product: Product }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState('');
  const first = useAutofocus<HTMLInputElement>();
  const toggle = (group: OptionGroup, id: string) => setPicked(toggleOption(group, picked, id));
  const submit = (event: Event) => {
    event.preventDefault();
    const missing = incompleteGroup(product, picked);
    if (missing) return setError(t('POS_OPTIONS_INCOMPLETE', { group: missing.name }));
    const notes = String(new FormData(event.currentTarget as HTMLFormElement).get('notes') ?? '').trim();
    addLine(product, picked, notes);
    optionsFor.value = null;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') optionsFor.value = null;
    else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') (event.currentTarget as HTMLFormElement).requestSubmit();
    else return;
    event.preventDefault();
  };
  return (
    <div class="overlay">
      <form class="card dialog" id="options-form" onSubmit={submit} onKeyDown={onKey} aria-label={product.name}>
        <h2>{product.name}</h2>
        {product.optionGroups.map((group, g) => {
          // A full multi-choice group locks its other options (a checked box the state refused would lie).
          const full = group.maxChoices > 1 && pickedIn(group, picked).length >= group.maxChoices;
          return (
          <fieldset key={group.id}>
            <legend>
              {group.name} <small>({rule(group)})</small>
            </legend>
            {group.options.map((option, i) => (
              <label key={option.id} class="option">
                <input
                  type={group.maxChoices === 1 ? 'radio' : 'checkbox'}
                  name={group.id}
                  value={option.id}
                  checked={picked.includes(option.id)}
                  disabled={full && !picked.includes(option.id)}
                  onChange={() => toggle(group, option.id)}
                  ref={g === 0 && i === 0 ? first : undefined}
                />
                <span>{option.name}</span>
                {option.priceCents ? <small>{formatCents(option.priceCents)}</small> : null}
              </label>
            ))}
          </fieldset>
          );
        })}
        <label>
          {t('POS_NOTES')}
          <input name="notes" maxLength={140} autocomplete="off" />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="actions">
          <button type="button" onClick={() => (optionsFor.value = null)}>{t('POS_CANCEL')}</button>
          <button type="submit" class="primary">{t('POS_ADD')}</button>
        </div>
      </form>
    </div>
  );
}
