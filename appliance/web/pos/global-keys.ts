import { lock, operator } from './state/session';

/**
 * F12 switches operator from any screen an operator is on (the drawer screen included). Bound with
 * the first screen; the sale screen's keys (`keyboard.ts`) come with the counter's chunk.
 */
export function bindGlobalKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'F12' || !operator.value) return;
    event.preventDefault();
    lock();
  });
}
