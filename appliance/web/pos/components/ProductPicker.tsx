import { formatCents } from '../../shared/money';
import { pick, scan } from '../state/actions';
import { categories, type Product } from '../state/catalog';
import { categoryId, highlighted, query, results } from '../state/ui';
import { t } from '../texts';

const BARCODE = /^\d{8,14}$/;

/** The product a mouse press just added; its click (on release) must not add it again. */
let pressed: Product | null = null;

/**
 * A mouse (or a touchscreen that reports itself as one) adds the product on press, like a key,
 * without waiting for the release; preventing the press's default keeps the focus in the search
 * field. A finger adds on release (click) so that a swipe can still scroll the grid, and so does
 * Enter or Space on a focused product (a click with `detail` 0).
 */
function press(event: PointerEvent, product: Product): void {
  pressed = null;
  if (event.pointerType !== 'mouse' || event.button !== 0) return;
  event.preventDefault();
  pressed = product;
  pick(product);
}

function click(event: MouseEvent, product: Product): void {
  const addedOnPress = pressed === product && event.detail > 0;
  pressed = null;
  if (!addedOnPress) pick(product);
}

/** Search (F2), category tabs and the product grid; arrows move, Enter adds. */
export function ProductPicker() {
  const list = results.value;
  const onKey = (event: KeyboardEvent) => {
    const max = list.length - 1;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') highlighted.value = Math.min(max, highlighted.value + (event.key === 'ArrowDown' ? 4 : 1));
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') highlighted.value = Math.max(0, highlighted.value - (event.key === 'ArrowUp' ? 4 : 1));
    else if (event.key === 'Enter') {
      const text = query.value.trim();
      if (BARCODE.test(text)) void scan(text);
      else if (list[highlighted.value]) pick(list[highlighted.value]);
      else return;
      query.value = '';
      highlighted.value = 0;
    } else if (event.key === 'Escape') {
      query.value = '';
      (event.currentTarget as HTMLInputElement).blur();
    } else return;
    event.preventDefault();
  };
  const setCategory = (id: string | null) => {
    categoryId.value = id;
    highlighted.value = 0;
  };
  return (
    <section class="picker">
      <input
        id="search"
        type="search"
        placeholder={t('POS_SEARCH')}
        aria-label={t('POS_SEARCH')}
        value={query.value}
        onInput={(e) => {
          query.value = (e.currentTarget as HTMLInputElement).value;
          highlighted.value = 0;
        }}
        onKeyDown={onKey}
        autocomplete="off"
      />
      <nav class="tabs">
        <button type="button" class={categoryId.value === null ? 'on' : ''} onClick={() => setCategory(null)}>
          {t('POS_ALL')}
        </button>
        {categories.value.map((c) => (
          <button type="button" key={c.id} class={categoryId.value === c.id ? 'on' : ''} onClick={() => setCategory(c.id)}>
            {c.name}
          </button>
        ))}
      </nav>
      <div class="grid" role="listbox">
        {list.slice(0, 60).map((p, i) => (
          <button type="button" key={p.id} role="option" aria-selected={i === highlighted.value} class={`product${i === highlighted.value ? ' hl' : ''}`} data-product-id={p.id} onPointerDown={(e) => press(e, p)} onClick={(e) => click(e, p)}>
            <span class="name">{p.name}</span>
            <span class="price">{formatCents(p.priceCents)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
