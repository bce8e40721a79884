import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Product } from './catalog';
import type { simulateCounterPrices } from './price-trace';

vi.mock('../../shared/idle', () => ({ whenIdle: (task: () => void) => task() }));
vi.mock('./price-trace', () => ({ MAX_SIMULATED_LINES: 50, simulateCounterPrices: vi.fn() }));

// A worker keeps the modules earlier files imported (isolate: false): the till's state modules are
// loaded afresh here, so they take the mocked simulation (and a connection state no earlier file
// left offline) instead of ones bound to the real appliance calls.
vi.resetModules();
const { addLine, cart, clearCart } = await import('./cart');
const { cartPriced, priceCartWhileBuilt, shownCartTotal, shownLineTotal } = await import('./cart-prices');
const { operator } = await import('./session');
const simulate = vi.mocked((await import('./price-trace')).simulateCounterPrices);

const product = (id: string, priceCents: number): Product =>
  ({ id, categoryId: 'cat-drinks', sku: null, name: id, type: 'SIMPLE', priceCents, barcode: null, active: true, optionGroups: [] }) as unknown as Product;
const beer = product('beer', 1190);
const fries = product('fries', 1290);
/** The appliance's answer for these lines: 30 % off every line (a happy hour). */
const happyHour = async (lines: readonly { product: Product; quantity: number }[]) => {
  const priced = lines.map((l) => ({ totalCents: Math.round(l.product.priceCents * l.quantity * 0.7) }));
  return { lines: priced, totalCents: priced.reduce((sum, l) => sum + l.totalCents, 0) } as unknown as Awaited<ReturnType<typeof simulateCounterPrices>>;
};
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("the till shows the cart at the appliance's prices once it answered", () => {
  let stop: () => void;
  beforeAll(() => {
    vi.useFakeTimers();
    operator.value = { token: 't', refreshToken: 'r', user: { id: 'u', username: 'caixa', name: 'Caixa', role: 'CASHIER' } };
    stop = priceCartWhileBuilt();
  });
  afterEach(async () => {
    clearCart();
    await vi.runAllTimersAsync();
    simulate.mockReset();
  });
  afterAll(() => {
    stop();
    operator.value = null;
    vi.useRealTimers();
  });

  it('a burst of scans is priced once, after its last line; the estimate shows until then', async () => {
    simulate.mockImplementation(happyHour);
    addLine(beer);
    await vi.advanceTimersByTimeAsync(100);
    addLine(beer);
    await vi.advanceTimersByTimeAsync(100);
    addLine(fries);
    await vi.advanceTimersByTimeAsync(100);
    expect(simulate).not.toHaveBeenCalled();
    expect(shownCartTotal.value).toBe(2 * 1190 + 1290);
    expect(cartPriced.value).toBe(false);

    await vi.advanceTimersByTimeAsync(200);
    await settle();
    expect(simulate).toHaveBeenCalledTimes(1);
    expect(simulate.mock.calls[0][0]).toBe(cart.value);
    expect(cart.value.map(shownLineTotal)).toEqual([1666, 903]);
    expect(shownCartTotal.value).toBe(1666 + 903);
    expect(cartPriced.value).toBe(true);

    // A new line: the lines priced keep their price, the new one shows its estimate until priced again.
    addLine(fries, ['salt']);
    expect(cart.value.map(shownLineTotal)).toEqual([1666, 903, 1290]);
    expect(cartPriced.value).toBe(false);
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(simulate).toHaveBeenCalledTimes(2);
    expect(cart.value.map(shownLineTotal)).toEqual([1666, 903, 903]);
  });

  it('a simulation that fails (offline) leaves the estimate', async () => {
    simulate.mockRejectedValue(new TypeError('Failed to fetch'));
    addLine(beer);
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(simulate).toHaveBeenCalledTimes(1);
    expect(shownCartTotal.value).toBe(1190);
    expect(cartPriced.value).toBe(false);
  });

  it('a cart beyond what one simulation holds is not sent: the estimate shows', async () => {
    simulate.mockImplementation(happyHour);
    for (let i = 0; i < 51; i++) addLine(i % 2 ? beer : fries);
    await vi.advanceTimersByTimeAsync(300);
    await settle();
    expect(cart.value).toHaveLength(51);
    expect(simulate).not.toHaveBeenCalled();
    expect(shownCartTotal.value).toBe(25 * 1190 + 26 * 1290);
  });
});
