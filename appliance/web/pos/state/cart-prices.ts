import { computed, effect, signal } from '@preact/signals';
import { whenIdle } from '../../shared/idle';
import { type CartLine, cart, lineTotal } from './cart';
import { offline } from './connection';
import { MAX_SIMULATED_LINES, simulateCounterPrices } from './price-trace';
import { operator } from './session';

const NOT_PRICED: ReadonlyMap<CartLine, number> = new Map();

/**
 * The appliance's price of each line of the cart it last priced, by line (lines are immutable: a
 * changed line is a new object, so it is not found here until it is priced again).
 */
export const pricedLines = signal<ReadonlyMap<CartLine, number>>(NOT_PRICED);

/**
 * What a line costs on the till and on the customer's screen: the appliance's price with the
 * store's rules (happy hour, combos, category rules) once it answered for this line, else the
 * estimate from the catalog's price and options.
 */
export const shownLineTotal = (line: CartLine): number => pricedLines.value.get(line) ?? lineTotal(line);
export const shownCartTotal = computed(() => cart.value.reduce((sum, line) => sum + shownLineTotal(line), 0));
/** Every line of the cart on screen is at the appliance's price. */
export const cartPriced = computed(() => cart.value.length > 0 && cart.value.every((line) => pricedLines.value.has(line)));

/**
 * How long the cart stays unchanged before it is priced: a burst of scans is priced once, after
 * its last line. The till's own screen never waits for it (the estimate shows meanwhile).
 */
const PRICE_DELAY_MS = 250;
/** After that delay the request waits for an idle moment, at most this long (a line's frame comes first). */
const PRICE_IDLE_WAIT_MS = 300;

/**
 * Prices the cart while it is built, as the order will be priced: each change of the cart is
 * simulated by the appliance (channel COUNTER, `price-trace.ts`), debounced, one request at a time.
 * A cart the appliance cannot price (no connection, a product off the menu, more lines than one
 * simulation holds) shows the estimate. Answers its stop.
 */
export function priceCartWhileBuilt(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = false;
  let dirty = false;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      whenIdle(() => void run(), PRICE_IDLE_WAIT_MS);
    }, PRICE_DELAY_MS);
  };
  const run = async () => {
    // The request in flight reschedules when it ends if the cart changed meanwhile.
    if (running) return;
    running = true;
    dirty = false;
    const lines = cart.value;
    try {
      if (lines.length === 0 || lines.length > MAX_SIMULATED_LINES || !operator.value || offline.value) pricedLines.value = NOT_PRICED;
      else {
        const answer = await simulateCounterPrices(lines);
        pricedLines.value = new Map(lines.map((line, i) => [line, answer.lines[i].totalCents]));
      }
    } catch {
      // Not priced (no connection, a product just taken off the menu): the estimate stays on
      // screen, and the order's own answer says what is wrong when it is sent.
      pricedLines.value = NOT_PRICED;
    } finally {
      running = false;
    }
    if (dirty) schedule();
  };
  const stop = effect(() => {
    // A change of the cart, or the connection coming back, prices it again.
    void [cart.value, offline.value];
    dirty = true;
    if (cart.value.length === 0) {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!running) pricedLines.value = NOT_PRICED;
      return;
    }
    schedule();
  });
  return () => {
    stop();
    if (timer) clearTimeout(timer);
  };
}
