import { lock, operator } from './state/session';

/**
 * F12 switches operator from any screen an operator is on (the drawer screen included), and F5
 * never reloads it. Bound with
 * the first screen; the sale screen's keys (`keyboard.ts`) come with the counter's chunk.
 */
export function bindGlobalKeys(): void {
  document.addEventListener('keydown', (event) => {
    if (!operator.value) return;
    // F5 is "Entrega" on the sale screen: pressed while a dialog is open it must not reload the till.
    if (event.key === 'F5') return event.preventDefault();
    if (event.key !== 'F12') return;
    event.preventDefault();
    lock();
  });
}
