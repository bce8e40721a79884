/**
 * The waiter's phone on two joined tables: the dishes of table 4's seat 1 and of table 5's seat 1
 * are two guests, so each line names its table's seat ("Mesa 4 · Lugar 1", "Mesa 5 · Lugar 1");
 * a table on its own reads "Lugar 1".
 */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabItem, TabView } from '../state/floor';
import { TabItems } from './TabItems';

const item = (itemId: string, name: string, seat: number): TabItem =>
  ({ itemId, name, quantity: 1, totalCents: 1_000, status: 'CONFIRMED', seat, round: 1, options: [], notes: null }) as unknown as TabItem;

const tabOn = (tableIds: string[], lineTables: Record<string, string>): TabView =>
  ({
    id: 'tab-4',
    status: 'OPEN',
    primaryOrderId: 'o-4',
    guests: 4,
    tableIds,
    orders: [{ id: 'o-4', status: 'CONFIRMED', totalCents: 2_000, updatedAt: '2026-12-04T22:00:00.000Z', items: [item('a', 'Cerveja', 1), item('b', 'Batata', 1)] }],
    lineTables,
    totalCents: 2_000,
    paidCents: 0,
    serviceChargeBp: 0,
    serviceChargeWaived: false,
    serviceChargeCents: 0,
    serviceChargePaidCents: 0,
  }) as TabView;

const seats = (container: Element) => [...container.querySelectorAll('#items .item .seat')].map((s) => s.textContent);

describe('seats on the waiter\'s phone', () => {
  afterEach(cleanup);

  it('names the table of each seat once tables are joined', () => {
    const { container } = render(<TabItems tab={tabOn(['table-4', 'table-5'], { a: '4', b: '5' })} />);
    expect(seats(container)).toEqual(['Mesa 4 · Lugar 1', 'Mesa 5 · Lugar 1']);
  });

  it('reads the seat alone on a table of its own', () => {
    const { container } = render(<TabItems tab={tabOn(['table-4'], { a: '4', b: '4' })} />);
    expect(seats(container)).toEqual(['Lugar 1', 'Lugar 1']);
  });
});
