import type { HqUser } from '../hq/users.js';
import type { StoreSummary } from '../stores/store-service.js';
import { integerPt, storeDateTime } from './format.js';
import { Layout } from './layout.js';

function lagText(store: StoreSummary): string {
  if (!store.enrolled) return '—';
  if (store.lagEvents === 0) return 'em dia';
  const minutes = Math.round(store.lagSeconds / 60);
  return `${integerPt(store.lagEvents)} eventos${minutes > 0 ? ` · ${integerPt(minutes)} min` : ''}`;
}

/** What was typed in the *Cadastrar loja* form, shown again when it is refused. */
export interface StoreFormValues {
  code: string;
  name: string;
  timeZone: string;
}

export function StoresPage(props: { user: HqUser; stores: StoreSummary[]; newCode?: { storeName: string; code: string }; error?: string; form?: StoreFormValues }) {
  const isAdmin = props.user.role === 'HQ_ADMIN';
  return (
    <Layout title="Lojas" user={props.user}>
      <h1>Lojas</h1>
      {props.error && <div class="error">{props.error}</div>}
      {props.newCode && (
        <div class="card" id="enrollment-code">
          <h2>Código de ativação de {props.newCode.storeName}</h2>
          <p>
            <span class="code">{props.newCode.code}</span>{' '}
            <button type="button" class="secondary" data-copy={props.newCode.code}>
              Copiar
            </button>
          </p>
          <p class="muted">
            Use uma única vez no equipamento da loja: <code>npm run enroll -- --relay URL --code {props.newCode.code}</code>. Válido por 7 dias.
          </p>
        </div>
      )}
      <div class="card">
        <table id="stores">
          <thead>
            <tr>
              <th>Loja</th>
              <th>Código</th>
              <th>Estado</th>
              <th class="num">Eventos recebidos</th>
              <th>Atraso de replicação</th>
              <th>Último contato</th>
              <th class="num">Mensagens pendentes</th>
              {isAdmin && <th />}
            </tr>
          </thead>
          <tbody>
            {props.stores.map((store) => (
              <tr data-store-id={store.id}>
                <td>
                  <a href={`/portal/stores/${store.id}`}>{store.name}</a>
                </td>
                <td>{store.code}</td>
                <td>
                  {!store.enrolled ? (
                    <span class="badge pending">aguardando ativação</span>
                  ) : store.online ? (
                    <span class="badge online">online</span>
                  ) : (
                    <span class="badge offline">offline</span>
                  )}
                </td>
                <td class="num">{integerPt(store.highWater)}</td>
                <td>{lagText(store)}</td>
                <td>{store.lastSeenAt ? storeDateTime(store.lastSeenAt, store.timeZone) : '—'}</td>
                <td class="num">{integerPt(store.downstreamPending)}</td>
                {isAdmin && (
                  <td>
                    <form method="post" action={`/portal/stores/${store.id}/enrollment-code`} data-confirm="Gerar novo código de ativação?">
                      <button type="submit" class="secondary">
                        Novo código
                      </button>
                    </form>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {isAdmin && (
        <form class="card filters" method="post" action="/portal/stores">
          <div>
            <label for="code">Código da loja</label>
            <input id="code" name="code" required pattern="[A-Za-z0-9_-]+" value={props.form?.code} />
          </div>
          <div>
            <label for="name">Nome</label>
            <input id="name" name="name" required value={props.form?.name} />
          </div>
          <div>
            <label for="timeZone">Fuso horário</label>
            <input id="timeZone" name="timeZone" value={props.form?.timeZone ?? 'America/Sao_Paulo'} />
          </div>
          <div>
            <button type="submit">Cadastrar loja</button>
          </div>
        </form>
      )}
    </Layout>
  );
}
