import type { ComboItemDraft, ProductChoice } from '../state/option-groups';
import { removeAt, replaceAt } from '../state/option-groups';
import { t } from '../texts';
import { ProductSelect } from './ProductSelect';

/** What every unit of the combo holds (e.g. the burger), each product with its quantity. */
export function ComboItemsEditor({ items, products, onChange }: { items: ComboItemDraft[]; products: ProductChoice[]; onChange: (items: ComboItemDraft[]) => void }) {
  return (
    <fieldset class="group-editor wide" id="combo-items">
      <legend>{t('ADMIN_COMBO_ITEMS')}</legend>
      <table>
        <tbody>
          {items.map((item, index) => (
            <tr key={index}>
              <td>
                <ProductSelect name="combo-item" label={t('ADMIN_COMBO_ITEM')} value={item.productId} products={products} onPick={(productId) => onChange(replaceAt(items, index, { ...item, productId }))} />
              </td>
              <td>
                <input
                  name="combo-quantity"
                  type="number"
                  min={1}
                  max={20}
                  aria-label={t('ADMIN_COMBO_QUANTITY')}
                  value={item.quantity}
                  onInput={(e) => onChange(replaceAt(items, index, { ...item, quantity: Number((e.currentTarget as HTMLInputElement).value) }))}
                />
              </td>
              <td class="row-actions">
                <button type="button" class="danger" aria-label={t('ADMIN_REMOVE_OPTION')} onClick={() => onChange(removeAt(items, index))}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...items, { productId: '', quantity: 1 }])}>
        {t('ADMIN_ADD_COMBO_ITEM')}
      </button>
    </fieldset>
  );
}
