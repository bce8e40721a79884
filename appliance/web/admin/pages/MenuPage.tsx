import { formatCents } from '../../shared/money';
import { stationName, TYPE_LABELS } from '../state/catalog';
import { readAllPages, useQuery } from '../state/load';
import { api } from '../state/session';
import { t } from '../texts';
import { CategoriesPanel } from './CategoriesPanel';
import { ImportPanel } from './ImportPanel';
import { OptionGroupsPanel } from './OptionGroupsPanel';
import { PriceChangePanel } from './PriceChangePanel';
import { ProductForm } from './ProductForm';

/** The menu: categories, products and a form for a new one. */
export function MenuPage() {
  const tree = useQuery(() => api.get('/api/v1/categories'), 'categories');
  const products = useQuery(() => readAllPages((page, size) => api.get('/api/v1/products', { params: { query: { page, size, sort: 'name:asc' } } })), 'products');
  const stations = useQuery(() => api.get('/api/v1/kds/stations'), 'kds-stations');
  // Null until the stations are read (a failed read falls back to their codes), so the tree never shows a code it will rename.
  const kitchen = stations.data ?? (stations.error ? [] : null);
  const reload = async () => {
    await Promise.all([tree.reload(), products.reload()]);
  };
  return (
    <>
      <h1>{t('ADMIN_NAV_MENU')}</h1>
      {[tree.error, products.error, stations.error].filter(Boolean).map((error) => (
        <p key={error} class="error" role="alert">
          {error}
        </p>
      ))}
      <div class="columns">
        <CategoriesPanel tree={tree.data ?? []} stations={kitchen} onChange={reload} />
        <section class="card" id="products">
          <h2>{t('ADMIN_PRODUCTS')}</h2>
          <table>
            <thead>
              <tr>
                <th>{t('ADMIN_PHOTO')}</th>
                <th>{t('ADMIN_NAME')}</th>
                <th>{t('ADMIN_PRODUCT_TYPE')}</th>
                <th>{t('ADMIN_PRICE')}</th>
                <th>{t('ADMIN_BARCODE')}</th>
                <th>{t('ADMIN_STATION')}</th>
              </tr>
            </thead>
            <tbody>
              {(products.data ?? []).map((p) => (
                <tr key={p.id} data-product-id={p.id}>
                  <td>{p.photoUrl && <img class="thumb" src={p.photoUrl} alt="" width={40} height={40} />}</td>
                  <td>{p.name}</td>
                  <td>{TYPE_LABELS[p.type] ? t(TYPE_LABELS[p.type]) : p.type}</td>
                  <td class="num">{formatCents(p.priceCents)}</td>
                  <td>{p.barcode ?? ''}</td>
                  <td>{p.station ? stationName(kitchen ?? [], p.station) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <ProductForm tree={tree.data ?? []} stations={kitchen ?? []} menu={products.data ?? []} onChange={reload} />
      <OptionGroupsPanel menu={products.data ?? []} onChange={reload} />
      <PriceChangePanel tree={tree.data ?? []} onChange={reload} />
      <ImportPanel onChange={reload} />
    </>
  );
}
