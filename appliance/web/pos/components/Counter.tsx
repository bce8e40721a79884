import { useEffect } from 'preact/hooks';
import { loadConfig } from '../state/config';
import { loadCatalog } from '../state/catalog';
import { priceCartWhileBuilt } from '../state/cart-prices';
import { mirrorToCustomerDisplay } from '../state/customer-display';
import { drawer, findOpenDrawer } from '../state/drawer';
import { startLive } from '../state/live';
import { startOutbox } from '../state/queued-sale';
import { operator } from '../state/session';
import { DrawerScreen } from './DrawerScreen';
import { SaleScreen } from './SaleScreen';

/** The signed-in operator's screens: their drawer, then the sale. */
export function Counter() {
  const userId = operator.value?.user.id;
  useEffect(() => {
    drawer.value = undefined;
    if (!userId) return;
    findOpenDrawer().catch(() => {
      drawer.value = null;
    });
    void loadCatalog();
    // Signed out (F12): the next operator's drawer is looked up again.
    return () => {
      drawer.value = undefined;
    };
  }, [userId]);
  if (drawer.value === undefined) return null;
  return drawer.value ? <SaleScreen /> : <DrawerScreen />;
}

/**
 * What the counter runs in the background starts with this chunk (fetched once the first screen is
 * up and the browser idle, or at sign-in): the live link (as soon as the store's config is there),
 * the outage queue's IndexedDB, which also replays what a reload left queued, the cart's pricing by
 * the appliance and the customer-display mirror. Each waits for an operator, so the first screen
 * never waits for them.
 */
export function startCounter(): typeof Counter {
  void loadConfig().then(startLive);
  startOutbox();
  priceCartWhileBuilt();
  mirrorToCustomerDisplay();
  return Counter;
}
