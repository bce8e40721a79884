import type { ProductChoice } from '../state/option-groups';
import { t } from '../texts';

/** A menu product picked from a list ("Escolha o produto" while none is). */
export function ProductSelect({ name, label, value, products, onPick }: { name: string; label: string; value: string; products: ProductChoice[]; onPick: (productId: string) => void }) {
  return (
    <select name={name} aria-label={label} value={value} onChange={(e) => onPick((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">{t('ADMIN_PICK_PRODUCT')}</option>
      {products.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </select>
  );
}
