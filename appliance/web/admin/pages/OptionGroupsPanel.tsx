import { useState } from 'preact/hooks';
import { Outcome } from '../components/Outcome';
import { bodyOf, type Product, type ProductBody, TYPE_LABELS } from '../state/catalog';
import { useAction } from '../state/load';
import { draftsOf, noDrafts, optionFields } from '../state/option-groups';
import { api } from '../state/session';
import { t } from '../texts';
import { ProductOptionsFields } from './ProductOptionsFields';

/** The types whose units carry option groups (a weighed line has none). */
const WITH_OPTIONS = new Set(['SIMPLE', 'COMBO', 'COMPOSITE', 'TIME']);

/**
 * Option groups and combos of the products already on the menu: pick a product, edit its groups
 * (or, for a combo, its items and slots), attach a copy of another product's group, save.
 */
export function OptionGroupsPanel({ menu, onChange }: { menu: Product[]; onChange: () => Promise<void> }) {
  const [productId, setProductId] = useState('');
  const [drafts, setDrafts] = useState(noDrafts);
  const [run, busy, message, failed] = useAction();
  const product = menu.find((p) => p.id === productId);
  const pick = (id: string) => {
    setProductId(id);
    const next = menu.find((p) => p.id === id);
    setDrafts(next ? draftsOf(next) : noDrafts());
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (!product) return;
    void run(async () => {
      const flavours = product.optionGroups.filter((g) => g.kind === 'FLAVOR');
      const body = { ...bodyOf(product), ...optionFields(product.type, drafts, menu, flavours) };
      try {
        await api.put('/api/v1/products/{id}', { params: { path: { id: product.id } }, body: body as ProductBody, idempotencyKey: crypto.randomUUID() });
      } catch (error) {
        // Refused (changed by someone else meanwhile, PRODUCT_CHANGED): the menu is read again, the
        // groups being edited stay, and the next save starts from the product as it now is.
        await onChange();
        throw error;
      }
      await onChange();
      return t('ADMIN_SAVED');
    });
  };
  return (
    <form class="card grid-form" id="option-groups" onSubmit={save}>
      <h2>{t('ADMIN_OPTION_GROUPS_PANEL')}</h2>
      <p class="hint wide">{t('ADMIN_OPTION_GROUPS_PANEL_HINT')}</p>
      <label class="wide">
        {t('ADMIN_PRODUCT')}
        <select name="productId" value={productId} onChange={(e) => pick((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('ADMIN_PICK_PRODUCT')}</option>
          {menu
            .filter((p) => WITH_OPTIONS.has(p.type))
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({t(TYPE_LABELS[p.type] ?? 'ADMIN_TYPE_SIMPLE')})
              </option>
            ))}
        </select>
      </label>
      {product && <ProductOptionsFields type={product.type} drafts={drafts} onChange={setDrafts} menu={menu.filter((p) => p.id !== product.id)} />}
      <div class="wide">
        <button type="submit" class="primary" disabled={busy || !product}>
          {t('ADMIN_SAVE')}
        </button>
        <Outcome message={message} failed={failed} />
      </div>
    </form>
  );
}
