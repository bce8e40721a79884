import type { HqProduct } from '../hq/catalog-queries.js';
import type { HqUser } from '../hq/users.js';
import { brl } from './format.js';
import { Layout } from './layout.js';

export function CatalogPage(props: { user: HqUser; products: HqProduct[]; notice?: string; error?: string }) {
  const isAdmin = props.user.role === 'HQ_ADMIN';
  return (
    <Layout title="Catálogo" user={props.user}>
      <h1>Catálogo</h1>
      {props.notice && <div class="card">{props.notice}</div>}
      {props.error && <div class="error">{props.error}</div>}
      {props.products.length === 0 && <p class="muted">Nenhum produto recebido das lojas ainda.</p>}
      {props.products.map((product) => (
        <div class="card product" data-product-id={product.productId}>
          <h2>
            {product.name} {product.sku && <span class="muted">SKU {product.sku}</span>}
          </h2>
          <form method="post" action={`/portal/catalog/${encodeURIComponent(product.productId)}`}>
            <table>
              <thead>
                <tr>
                  <th>{isAdmin ? 'Aplicar' : ''}</th>
                  <th>Loja</th>
                  <th class="num">Preço na loja</th>
                  <th>Disponível</th>
                  <th>Alteração pendente</th>
                </tr>
              </thead>
              <tbody>
                {product.stores.map((entry) => (
                  <tr>
                    <td>{isAdmin && <input type="checkbox" name="storeId" value={entry.storeId} checked />}</td>
                    <td>{entry.storeName}</td>
                    <td class="num">{brl(entry.priceCents)}</td>
                    <td>{entry.active ? 'sim' : 'não'}</td>
                    <td>
                      {entry.pendingPriceCents !== null && `preço ${brl(entry.pendingPriceCents)} `}
                      {entry.pendingActive !== null && (entry.pendingActive ? 'ativar' : 'desativar')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {isAdmin && (
              <p class="filters">
                <span>
                  <label for={`price-${product.productId}`}>Novo preço (R$)</label>
                  <input id={`price-${product.productId}`} name="price" placeholder="0,00" inputmode="decimal" />
                </span>
                <span>
                  <label for={`active-${product.productId}`}>Disponibilidade</label>
                  <select id={`active-${product.productId}`} name="active">
                    <option value="">manter</option>
                    <option value="true">disponível</option>
                    <option value="false">indisponível</option>
                  </select>
                </span>
                <button type="submit">Enviar às lojas</button>
              </p>
            )}
          </form>
        </div>
      ))}
    </Layout>
  );
}
