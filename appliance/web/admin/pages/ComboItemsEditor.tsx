import type { ComboItemDraft, ProductChoice } from '../state/option-groups';
import { removeAt, replaceAt } from '../state/option-groups';
import { t } from '../texts';

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
                <select name="combo-item" aria-label={t('ADMIN_COMBO_ITEM')} value={item.productId} onChange={(e) => onChange(replaceAt(items, index, { ...item, productId: (e.currentTarget as HTMLSelectElement).value }))}>
                  <option value="">{t('ADMIN_PICK_PRODUCT')}</option>
                  {products.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
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
