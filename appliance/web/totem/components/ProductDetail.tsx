import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { type OptionGroup, type ProductOption, pickedIn, unitCents } from '../../shared/product-options';
import { confirmDetail, detail, pick } from '../state/choices';
import { productById } from '../state/menu';
import { t } from '../texts';
import { ProductPhoto } from './ProductPhoto';

function rule(group: OptionGroup): string {
  if (group.minChoices === group.maxChoices) return t('TOTEM_CHOOSE_EXACTLY', { min: group.minChoices });
  if (group.minChoices === 0) return t('TOTEM_CHOOSE_UP_TO', { max: group.maxChoices });
  return t('TOTEM_CHOOSE_BETWEEN', { min: group.minChoices, max: group.maxChoices });
}

/** A flavour shows its full price (the rule decides what is paid); a modifier or combo choice its extra. */
const priceText = (group: OptionGroup, option: ProductOption) =>
  group.kind === 'FLAVOR' ? formatCents(option.priceCents ?? 0) : option.priceCents ? t('TOTEM_OPTION_EXTRA', { price: formatCents(option.priceCents) }) : '';

function GroupChoices({ group, optionIds, priceRule }: { group: OptionGroup; optionIds: string[]; priceRule?: 'HIGHEST' | 'AVERAGE' }) {
  const count = pickedIn(group, optionIds).length;
  const full = group.maxChoices > 1 && count >= group.maxChoices;
  return (
    <fieldset class="choices" data-group-id={group.id}>
      <legend>
        <strong>{group.name}</strong> <span class="rule">{rule(group)}</span> <span class="count">{t('TOTEM_CHOSEN', { n: count, max: group.maxChoices })}</span>
      </legend>
      {group.kind === 'FLAVOR' && priceRule && <p class="price-rule">{t(priceRule === 'AVERAGE' ? 'TOTEM_RULE_AVERAGE' : 'TOTEM_RULE_HIGHEST')}</p>}
      <div class="options">
        {group.options.map((option) => {
          const on = optionIds.includes(option.id);
          const part = option.productId ? productById.value.get(option.productId) : undefined;
          return (
            <button type="button" key={option.id} class={on ? 'choice on' : 'choice'} data-option-id={option.id} aria-pressed={on} disabled={full && !on} onClick={() => pick(group, option.id)}>
              {part?.photoUrl && <ProductPhoto product={part} size={120} />}
              <span class="name">{option.name}</span>
              <span class="extra">{priceText(group, option)}</span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

/** One product's choices (modifiers, half-and-half flavours, combo slots) before it joins the order. */
export function ProductDetail() {
  const [missing, setMissing] = useState('');
  const current = detail.value;
  if (!current) return null;
  const { product, optionIds } = current;
  const add = () => setMissing(confirmDetail()?.name ?? '');
  return (
    <div class="overlay">
      <section class="detail" id="detail" role="dialog" aria-modal="true" aria-label={product.name}>
        <header>
          <ProductPhoto product={product} size={200} />
          <div>
            <h2>{product.name}</h2>
            {product.description && <p class="hint">{product.description}</p>}
          </div>
        </header>
        <div class="groups">
          {product.optionGroups.map((group) => (
            <GroupChoices key={group.id} group={group} optionIds={optionIds} priceRule={product.composite?.priceRule} />
          ))}
        </div>
        {missing && (
          <p class="problem" role="alert">
            {t('TOTEM_MISSING', { group: missing })}
          </p>
        )}
        <footer>
          <button type="button" onClick={() => (detail.value = null)}>
            {t('TOTEM_BACK')}
          </button>
          <button type="button" class="primary" id="detail-add" onClick={add}>
            {t('TOTEM_ADD_FOR', { price: formatCents(unitCents(product, optionIds)) })}
          </button>
        </footer>
      </section>
    </div>
  );
}
