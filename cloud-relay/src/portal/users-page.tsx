import type { HqUser, ListedHqUser } from '../hq/users.js';
import { Layout } from './layout.js';

export function UsersPage(props: { user: HqUser; users: ListedHqUser[]; error?: string }) {
  return (
    <Layout title="Usuários" user={props.user}>
      <h1>Usuários da matriz</h1>
      {props.error && <div class="error">{props.error}</div>}
      <div class="card">
        <table>
          <thead>
            <tr>
              <th>Usuário</th>
              <th>Nome</th>
              <th>Perfil</th>
              <th>Situação</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.users.map((user) => (
              <tr>
                <td>{user.username}</td>
                <td>{user.displayName}</td>
                <td>{user.role === 'HQ_ADMIN' ? 'Administrador' : 'Analista'}</td>
                <td>{user.active ? 'Ativo' : 'Desativado'}</td>
                <td>
                  {user.active && user.id !== props.user.id && (
                    <form class="inline" method="post" action={`/portal/users/${user.id}/deactivate`} data-confirm={`Desativar ${user.username}? Ele não entra mais e as sessões abertas terminam agora.`}>
                      <button type="submit" class="secondary">
                        Desativar
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form class="card filters" method="post" action="/portal/users">
        <div>
          <label for="username">Usuário</label>
          <input id="username" name="username" required />
        </div>
        <div>
          <label for="displayName">Nome</label>
          <input id="displayName" name="displayName" required />
        </div>
        <div>
          <label for="password">Senha (mín. 8)</label>
          <input id="password" name="password" type="password" minlength={8} required />
        </div>
        <div>
          <label for="role">Perfil</label>
          <select id="role" name="role">
            <option value="HQ_ANALYST">Analista</option>
            <option value="HQ_ADMIN">Administrador</option>
          </select>
        </div>
        <div>
          <button type="submit">Criar usuário</button>
        </div>
      </form>
    </Layout>
  );
}
