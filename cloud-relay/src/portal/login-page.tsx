import { Layout } from './layout.js';

export function LoginPage(props: { error?: string; next?: string; username?: string }) {
  return (
    <Layout title="Entrar">
      <div class="card" style="max-width:360px;margin:60px auto">
        <h1>Chefia HQ</h1>
        {props.error && <div class="error">{props.error}</div>}
        <form method="post" action="/login">
          <input type="hidden" name="next" value={props.next ?? '/portal'} />
          <p>
            <label for="username">Usuário</label>
            <br />
            <input id="username" name="username" autocomplete="username" value={props.username ?? ''} required />
          </p>
          <p>
            <label for="password">Senha</label>
            <br />
            <input id="password" name="password" type="password" autocomplete="current-password" required />
          </p>
          <button type="submit">Entrar</button>
        </form>
      </div>
    </Layout>
  );
}
