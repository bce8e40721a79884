import { useState } from 'preact/hooks';
import type { OptionGroup } from '../../shared/product-options';
import { draftOf, emptyGroup, emptyOption, type GroupDraft, type OptionDraft, type ProductChoice, removeAt, replaceAt } from '../state/option-groups';
import { t } from '../texts';
import { ProductSelect } from './ProductSelect';

export interface OptionGroupsEditorProps {
  /** MODIFIER: option groups ("Adicionais", "Ponto da carne"); CHOICE: a combo's slots, each option a product. */
  kind: GroupDraft['kind'];
  groups: GroupDraft[];
  onChange: (groups: GroupDraft[]) => void;
  /** The menu's products a combo slot may be filled with. */
  products?: ProductChoice[];
  /** Groups of other products that may be attached as a copy. */
  library?: { label: string; group: OptionGroup }[];
}

const toNumber = (event: Event) => Number((event.currentTarget as HTMLInputElement).value);
const toText = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** One option row: its name (or, in a combo slot, the product) and its extra price. */
function OptionRow({ kind, option, products, onChange, onRemove }: { kind: GroupDraft['kind']; option: OptionDraft; products: ProductChoice[]; onChange: (next: OptionDraft) => void; onRemove: () => void }) {
  return (
    <tr class="option-row">
      <td>
        {kind === 'CHOICE' ? (
          <ProductSelect name="option-product" label={t('ADMIN_SLOT_PRODUCT')} value={option.productId} products={products} onPick={(productId) => onChange({ ...option, productId })} />
        ) : (
          <input name="option-name" aria-label={t('ADMIN_OPTION_NAME')} maxLength={80} value={option.name} onInput={(e) => onChange({ ...option, name: toText(e) })} />
        )}
      </td>
      <td>
        <input name="option-price" aria-label={t('ADMIN_OPTION_PRICE')} inputMode="decimal" placeholder="0,00" value={option.price} onInput={(e) => onChange({ ...option, price: toText(e) })} />
      </td>
      <td class="row-actions">
        <button type="button" class="danger" aria-label={t('ADMIN_REMOVE_OPTION')} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}

/** One group: name, how many choices (min–max) and its options. */
function GroupFields({ group, products, onChange, onRemove }: { group: GroupDraft; products: ProductChoice[]; onChange: (next: GroupDraft) => void; onRemove: () => void }) {
  const setOptions = (options: OptionDraft[]) => onChange({ ...group, options });
  return (
    <fieldset class="group-editor" data-group-kind={group.kind}>
      <legend>{group.name || t(group.kind === 'CHOICE' ? 'ADMIN_NEW_SLOT' : 'ADMIN_NEW_GROUP')}</legend>
      <div class="row">
        <label>
          {t(group.kind === 'CHOICE' ? 'ADMIN_SLOT_NAME' : 'ADMIN_GROUP_NAME')}
          <input name="group-name" maxLength={80} value={group.name} placeholder={t(group.kind === 'CHOICE' ? 'ADMIN_SLOT_NAME_HINT' : 'ADMIN_GROUP_NAME_HINT')} onInput={(e) => onChange({ ...group, name: toText(e) })} />
        </label>
        <label class="short">
          {t('ADMIN_GROUP_MIN')}
          <input name="group-min" type="number" min={0} max={20} value={group.minChoices} onInput={(e) => onChange({ ...group, minChoices: toNumber(e) })} />
        </label>
        <label class="short">
          {t('ADMIN_GROUP_MAX')}
          <input name="group-max" type="number" min={1} max={20} value={group.maxChoices} onInput={(e) => onChange({ ...group, maxChoices: toNumber(e) })} />
        </label>
        <button type="button" class="danger" onClick={onRemove}>
          {t(group.kind === 'CHOICE' ? 'ADMIN_REMOVE_SLOT' : 'ADMIN_REMOVE_GROUP')}
        </button>
      </div>
      <table>
        <thead>
          <tr>
            <th>{t(group.kind === 'CHOICE' ? 'ADMIN_SLOT_PRODUCT' : 'ADMIN_OPTION_NAME')}</th>
            <th>{t('ADMIN_OPTION_PRICE')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {group.options.map((option, index) => (
            <OptionRow
              key={index}
              kind={group.kind}
              option={option}
              products={products}
              onChange={(next) => setOptions(replaceAt(group.options, index, next))}
              onRemove={() => setOptions(removeAt(group.options, index))}
            />
          ))}
        </tbody>
      </table>
      <button type="button" class="add-option" onClick={() => setOptions([...group.options, emptyOption()])}>
        {t(group.kind === 'CHOICE' ? 'ADMIN_ADD_SLOT_PRODUCT' : 'ADMIN_ADD_OPTION')}
      </button>
    </fieldset>
  );
}

/** The option groups (or combo slots) of one product, edited in place; the parent saves them. */
export function OptionGroupsEditor({ kind, groups, onChange, products = [], library = [] }: OptionGroupsEditorProps) {
  const [attach, setAttach] = useState('');
  const attachCopy = () => {
    const found = library[Number(attach)];
    if (found) onChange([...groups, draftOf(found.group)]);
    setAttach('');
  };
  return (
    <div class="groups-editor wide" data-kind={kind}>
      {groups.map((group, index) => (
        <GroupFields key={index} group={group} products={products} onChange={(next) => onChange(replaceAt(groups, index, next))} onRemove={() => onChange(removeAt(groups, index))} />
      ))}
      <div class="row">
        <button type="button" class="add-group" onClick={() => onChange([...groups, emptyGroup(kind)])}>
          {t(kind === 'CHOICE' ? 'ADMIN_ADD_SLOT' : 'ADMIN_ADD_GROUP')}
        </button>
        {library.length > 0 && (
          <>
            <label>
              {t('ADMIN_ATTACH_GROUP')}
              <select name="attach-group" value={attach} onChange={(e) => setAttach(toText(e))}>
                <option value="">{t('ADMIN_ATTACH_GROUP_PICK')}</option>
                {library.map((entry, index) => (
                  <option key={index} value={String(index)}>
                    {entry.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="attach-group" disabled={!attach} onClick={attachCopy}>
              {t('ADMIN_ATTACH')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
