import { lazyComponent } from '../../shared/lazy';

/**
 * Everything after sign-in (drawer, sale, payment and every dialog, the catalog, the live link, the
 * outage queue): its own chunk, so a cold start draws the setup or PIN screen from a small script.
 * `main.tsx` preloads it as soon as that screen is up, before any cashier could have signed in.
 */
export const CounterScreens = lazyComponent(() => import('./Counter').then((m) => m.startCounter()));
