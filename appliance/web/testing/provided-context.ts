import 'vitest';

/** What the web project's global set-up (`test/support/web-test-appliance.ts`) hands its test files through `inject`. */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A real appliance (users, sessions, devices) on loopback. */
    webAppliance: { url: string; adminPassword: string };
    /**
     * The store's reverse proxy while the appliance behind it restarts: a POST gets the 503 envelope
     * of a shutting-down appliance, anything else the proxy's HTML 502 page. `unreachableUrl` is a
     * loopback port nobody listens on.
     */
    webGateway: { url: string; unreachableUrl: string };
  }
}
