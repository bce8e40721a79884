import { lazyComponent } from '../../shared/lazy';

/** Everything after the PIN: its own chunk, so a cold start draws the PIN screen from a small script. */
export const WaiterScreens = lazyComponent(() => import('./Waiter').then((m) => m.startWaiter()));
