import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { RelayEnv } from '../http/auth.js';
import { RelayError } from '../http/envelope.js';
import type { RelayMessageKey } from '../http/messages.pt-BR.js';

/**
 * The portal takes a form post only from its own pages: the browser's Sec-Fetch-Site says
 * same-origin, or its Origin names the host the request reached (behind a proxy, the host it
 * forwarded). SameSite=Lax alone lets a sibling subdomain's page post with the HQ session cookie.
 * Hono's csrf check refuses with a bare 403; this turns it into the relay's pt-BR error.
 *
 * The JSON API runs the same check on what the browser can send cross-origin without a CORS
 * preflight (a form, or a text/plain `fetch`): its login, and every write riding the portal's
 * cookie (`requireHqUser`). `messageKey` lets it say so in its own words; the code stays
 * `CROSS_SITE_FORM` for programs.
 */
export function sameOriginForms({ messageKey = 'CROSS_SITE_FORM' }: { messageKey?: RelayMessageKey } = {}): MiddlewareHandler<RelayEnv> {
  const check = csrf({
    secFetchSite: 'same-origin',
    origin: (origin, c) => URL.canParse(origin) && new URL(origin).host === (c.req.header('x-forwarded-host') ?? c.req.header('host')),
  });
  return async (c, next) => {
    let passed = false;
    try {
      await check(c, async () => {
        passed = true;
        await next();
      });
    } catch (error) {
      if (!passed && error instanceof HTTPException && error.status === 403) throw new RelayError('CROSS_SITE_FORM', 403, { messageKey });
      throw error;
    }
  };
}
