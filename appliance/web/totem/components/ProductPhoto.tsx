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
