import { useState } from 'preact/hooks';
import { formatCents } from '../../shared/money';
import { menu, type Product, products } from '../state/catalog';
import type { TabView } from '../state/floor';
import { addLine, draftOf, seatForNext } from '../state/round';
import { sheet } from '../state/ui';
import { t } from '../texts';
import { DraftLines } from './DraftLines';
import { OptionsSheet } from './OptionsSheet';

function SeatPicker({ guests }: { guests: number }) {
  const seats = [null, ...Array.from({ length: guests }, (_, i) => i + 1)];
  return (
    <div class="seats" role="radiogroup" aria-label={t('WAITER_SEAT_FOR')}>
      <span>{t('WAITER_SEAT_FOR')}</span>
      {seats.map((seat) => (
        <button type="button" key={seat ?? 0} role="radio" aria-checked={seatForNext.value === seat} class={seatForNext.value === seat ? 'on' : ''} data-seat={seat ?? 0} onClick={() => (seatForNext.value = seat)}>
          {seat ?? t('WAITER_SHARED')}
        </button>
      ))}
    </div>
  );
}

/** The round so far under the menu; the only part of the sheet a tap on a product redraws. */
function RoundFooter({ tabId }: { tabId: string }) {
  return (
    <footer class="round">
      <DraftLines tabId={tabId} />
      <button type="button" class="primary" id="menu-done" onClick={() => (sheet.value = null)}>
        {t('WAITER_DONE')} ({draftOf(tabId).length})
      </button>
    </footer>
  );
}

/** The table menu: pick the guest, tap products (options open their sheet); the round grows below. */
export function MenuSheet({ tab }: { tab: TabView }) {
  const [category, setCategory] = useState<string | null>(null);
  const [choosing, setChoosing] = useState<Product | null>(null);
  const { topOf, categories } = menu.value;
  const shown = category ? products.value.filter((p) => p.categoryId && topOf.get(p.categoryId) === category) : products.value;
  const tap = (product: Product) => (product.optionGroups.length > 0 ? setChoosing(product) : addLine(tab.id, product));
  return (
    <div class="sheet menu" id="menu">
      <SeatPicker guests={tab.guests ?? 1} />
      <div class="categories">
        <button type="button" class={category === null ? 'on' : ''} onClick={() => setCategory(null)}>
          {t('WAITER_ALL')}
        </button>
        {categories.map((c) => (
          <button type="button" key={c.id} class={category === c.id ? 'on' : ''} onClick={() => setCategory(c.id)}>
            {c.name}
          </button>
        ))}
      </div>
      <div class="products">
        {shown.map((product) => (
          <button type="button" key={product.id} class="product" data-product-id={product.id} onClick={() => tap(product)}>
            <span class="name">{product.name}</span>
            <span class="price">{formatCents(product.priceCents)}</span>
          </button>
        ))}
      </div>
      <RoundFooter tabId={tab.id} />
      {choosing && <OptionsSheet product={choosing} tabId={tab.id} close={() => setChoosing(null)} />}
    </div>
  );
}
