import { formatCents } from '../../shared/money';
import type { KioskProduct } from '../state/menu';

/** The product's photo, or its initial on a coloured disc when the store gave it none. */
export function ProductPhoto({ product, size }: { product: Pick<KioskProduct, 'name' | 'photoUrl'>; size: number }) {
  return product.photoUrl ? (
    <img class="photo" src={product.photoUrl} alt="" width={size} height={size} />
  ) : (
    <span class="initial" aria-hidden="true" style={{ width: size, height: size }}>
      {product.name.slice(0, 1)}
    </span>
  );
}

/** A large product button: photo, name and price (the menu's tiles, the upsell's suggestions). */
export function ProductTile({ product, size, onPick, ...data }: { product: KioskProduct; size: number; onPick: () => void; 'data-product-id'?: string; 'data-suggestion-id'?: string }) {
  return (
    <button type="button" class="product" {...data} onClick={onPick}>
      <ProductPhoto product={product} size={size} />
      <span class="name">{product.name}</span>
      <span class="price">{formatCents(product.priceCents)}</span>
    </button>
  );
}
