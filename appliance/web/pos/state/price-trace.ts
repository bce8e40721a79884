import { signal } from '@preact/signals';
import type { ApiAnswer } from '../../shared/appliance-api';
import { type CartLine, cart } from './cart';
import { api } from './session';

/** The cart line whose price is explained on screen (the rules dialog is open while set). */
export const tracedLine = signal<CartLine | null>(null);

export type PricedLine = ApiAnswer<'/api/v1/pricing/simulate', 'post'>['lines'][number];

/** The engine prices at most this many lines in one simulation. */
export const MAX_SIMULATED_LINES = 50;

/**
 * Prices lines as the appliance will price them in an order of this till (`POST /pricing/simulate`,
 * channel COUNTER, the store's rules at this moment): its answer's lines are in the order given. At
 * most `MAX_SIMULATED_LINES` lines.
 */
export function simulateCounterPrices(lines: readonly CartLine[]): Promise<ApiAnswer<'/api/v1/pricing/simulate', 'post'>> {
  return api.post('/api/v1/pricing/simulate', {
    body: { channel: 'COUNTER', lines: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity, options: l.optionIds })) },
  });
}

/**
 * Which rules made this line's price, and why the others did not apply. The whole cart is priced,
 * not the line alone: a combo discount depends on the other lines of the sale (a cart beyond the
 * engine's limit is traced line by line).
 */
export async function traceLine(line: CartLine): Promise<PricedLine> {
  const sale = cart.value.includes(line) && cart.value.length <= MAX_SIMULATED_LINES ? cart.value : [line];
  const answer = await simulateCounterPrices(sale);
  return answer.lines[sale.indexOf(line)];
}

/** `*` on the sale screen: the rules of the last line. */
export function traceLastLine(): void {
  const last = cart.value[cart.value.length - 1];
  if (last) tracedLine.value = last;
}
