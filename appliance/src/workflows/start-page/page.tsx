import type { HealthCheck, HealthStatus } from '../../kernel/health.js';
import { formatBrl } from '../../kernel/money.js';

export interface StartPageModel {
  t: (key: string, params?: Record<string, string | number>) => string;
  storeName: string;
  health: { status: HealthStatus; checks: Record<string, HealthCheck> };
  /** Demo staff with their public credentials; null outside a demo store. */
  demoUsers: { username: string; role: string; password: string; pin: string }[] | null;
  /** PIX charges waiting at the simulated gateway; null when no simulator runs. */
  pendingPix: { id: string; amountCents: number; createdAt: string }[] | null;
}

const HEALTH_LABEL: Record<HealthStatus, string> = { ok: 'START_HEALTH_OK', degraded: 'START_HEALTH_DEGRADED', down: 'START_HEALTH_DOWN' };

function checkLabel(t: StartPageModel['t'], name: string): string {
  const key = `START_CHECK_${name.toUpperCase()}`;
  const text = t(key);
  return text === key ? name : text;
}

/** `/`: where a newcomer lands after `npm start`. Server-rendered, no script, one stylesheet. */
export function StartPage(props: StartPageModel) {
  const { t } = props;
  return (
    <html lang="pt-BR">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('START_TITLE', { storeName: props.storeName })}</title>
        <link rel="stylesheet" href="/start.css" />
      </head>
      <body>
        <header>
          <h1>{t('START_TITLE', { storeName: props.storeName })}</h1>
        </header>
        <main>
          <p>{t('START_INTRO')}</p>
          {props.demoUsers && <p class="notice">{t('START_DEMO_NOTICE')}</p>}
          <section id="health">
            <h2>
              {t('START_HEALTH')} <span class={`badge ${props.health.status}`}>{t(HEALTH_LABEL[props.health.status])}</span>
            </h2>
            <table>
              <tbody>
                {Object.entries(props.health.checks).map(([name, check]) => (
                  <tr>
                    <td>{checkLabel(t, name)}</td>
                    <td>
                      <span class={`badge ${check.status}`}>{t(HEALTH_LABEL[check.status])}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section id="apps">
            <h2>{t('START_APPS')}</h2>
            <ul>
              <li>
                <a href="/pos">{t('START_APP_POS')}</a> <span class="hint">({t(props.demoUsers ? 'START_APP_POS_DEMO_HINT' : 'START_APP_POS_HINT')})</span>
              </li>
              <li>
                <a href="/kds">{t('START_APP_KDS')}</a> <span class="hint">({t('START_APP_KDS_HINT')})</span>
              </li>
              <li>
                <a href="/admin">{t('START_APP_ADMIN')}</a> <span class="hint">({t('START_APP_ADMIN_HINT')})</span>
              </li>
              <li>
                <a href="/painel">{t('START_APP_PAINEL')}</a> <span class="hint">({t('START_APP_PAINEL_HINT')})</span>
              </li>
              <li>
                <a href="/cliente">{t('START_APP_CLIENTE')}</a> <span class="hint">({t('START_APP_CLIENTE_HINT')})</span>
              </li>
              <li>
                <a href="/totem">{t('START_APP_TOTEM')}</a> <span class="hint">({t('START_APP_TOTEM_HINT')})</span>
              </li>
              <li>
                <a href="/garcom">{t('START_APP_GARCOM')}</a> <span class="hint">({t(props.demoUsers ? 'START_APP_GARCOM_DEMO_HINT' : 'START_APP_GARCOM_HINT')})</span>
              </li>
              <li>
                <a href="/docs/api.md">{t('START_APP_API')}</a> <span class="hint">(<code>/api/v1/…</code>)</span>
              </li>
              <li>
                <a href="/api/docs">{t('START_APP_API_REFERENCE')}</a> <span class="hint">(<code>/api/v1/openapi.json</code>)</span>
              </li>
              <li>
                <a href="/health">{t('START_APP_HEALTH')}</a>
              </li>
              <li>
                <a href="/metrics">{t('START_APP_METRICS')}</a>
              </li>
            </ul>
          </section>
          {props.demoUsers && (
            <section id="users">
              <h2>{t('START_USERS')}</h2>
              <table>
                <thead>
                  <tr>
                    <th>{t('START_USER')}</th>
                    <th>{t('START_ROLE')}</th>
                    <th>{t('START_PASSWORD')}</th>
                    <th>{t('START_PIN')}</th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <td>admin</td>
                    <td>{t('START_ROLE_ADMIN')}</td>
                    <td colspan={2}>{t('START_ADMIN_PASSWORD')}</td>
                  </tr>
                  {props.demoUsers.map((user) => (
                    <tr>
                      <td>{user.username}</td>
                      <td>{t(`START_ROLE_${user.role}`)}</td>
                      <td>
                        <code>{user.password}</code>
                      </td>
                      <td>
                        <code>{user.pin}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {props.pendingPix && (
            <section id="pix">
              <h2>{t('START_PIX')}</h2>
              <p>{t('START_PIX_INTRO')}</p>
              {props.pendingPix.length === 0 ? (
                <p class="hint">{t('START_PIX_NONE')}</p>
              ) : (
                <table>
                  <tbody>
                    {props.pendingPix.map((charge) => (
                      <tr>
                        <td>
                          <code>{charge.id}</code>
                        </td>
                        <td class="num">{formatBrl(charge.amountCents)}</td>
                        <td>
                          <form method="post" action={`/demo/pix/${encodeURIComponent(charge.id)}/pay`}>
                            <button type="submit">{t('START_PIX_PAY')}</button>
                          </form>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}
        </main>
      </body>
    </html>
  );
}
