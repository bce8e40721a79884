import { type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { tell } from '../state/notice';
import { t } from '../texts';

/**
 * A screen whose code is fetched the first time it opens: what a cashier opens now and then
 * (weighing, a price's rules, past sales) stays out of the script that the first paint and every
 * scan and tap wait for. Each of these screens needs the appliance anyway; a fetch that fails
 * (an outage) says so and is tried again the next time the screen opens.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded) return;
      loading ??= load();
      loading.then(
        (component) => {
          loaded = component;
          setReady(true);
        },
        () => {
          loading = null;
          tell('error', t('POS_SCREEN_UNAVAILABLE'));
        },
      );
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
