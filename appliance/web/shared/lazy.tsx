import { signal } from '@preact/signals';
import type { ComponentType } from 'preact';

export type LazyComponent<P> = ComponentType<P> & { preload(): void };

/**
 * A component whose code is its own chunk, fetched the first time it is drawn or preloaded (e.g.
 * when the browser is idle), so screens the first paint does not show stay out of the cold load.
 * It draws nothing until its chunk arrived.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  let requested = false;
  const preload = () => {
    if (requested) return;
    requested = true;
    load().then(
      (component) => {
        loaded.value = component;
      },
      // A chunk that did not arrive (Wi-Fi drop) is asked for again at the next draw.
      () => {
        requested = false;
      },
    );
  };
  const Lazy = (props: P) => {
    preload();
    const Component = loaded.value;
    return Component ? <Component {...props} /> : null;
  };
  return Object.assign(Lazy, { preload });
}
