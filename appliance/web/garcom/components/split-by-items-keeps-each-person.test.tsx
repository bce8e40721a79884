/**
 * Splitting the bill by items on the waiter's phone: each guest is "Pessoa N" on the items they
 * were given, and their part of the bill is under the same name, so the right guest is charged
 * and a part paid stays that guest's. A person left without items (their dishes tapped on to the
 * others) renamed the others' parts ("Pessoa 3" charged as "Pessoa 2"), and fewer people after
 * the items were shared left a dish out of the split, which the appliance refused.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabItem, TabView } from '../state/floor';
import { api } from '../state/session';
import { SplitSheet } from './SplitSheet';

const item = (itemId: string, name: string, totalCents: number): TabItem => ({ itemId, name, quantity: 1, totalCents, status: 'CONFIRMED', seat: null }) as unknown as TabItem;

const tab: TabView = {
  id: 'tab-1',
  status: 'OPEN',
  primaryOrderId: 'o-1',
  guests: 3,
  tableIds: ['table-4'],
  orders: [{ id: 'o-1', items: [item('a', 'Batata', 2_000), item('b', 'Cerveja', 1_000), item('c', 'Brownie', 500)] }],
  totalCents: 3_500,
  paidCents: 0,
  serviceChargeBp: 0,
  serviceChargeWaived: false,
  serviceChargeCents: 0,
  serviceChargePaidCents: 0,
} as unknown as TabView;

const price: Record<string, number> = { a: 2_000, b: 1_000, c: 500 };

describe('the split by items on the waiter\'s phone', () => {
  let asked: { groups?: string[][] }[];

  beforeEach(() => {
    asked = [];
    // The appliance's answer: one part per group of the table's bill, numbered from 1 in the order sent.
    vi.spyOn(api, 'post').mockImplementation((async (_path: string, init: { body: { groups?: string[][] } }) => {
      asked.push(init.body);
      const groups = init.body.groups ?? [];
      return { parts: groups.map((g, i) => ({ label: `table 4 ${i + 1}`, itemIds: g, amountCents: g.reduce((s, id) => s + price[id], 0), serviceChargeCents: 0 })) };
    }) as never);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  const line = (container: Element, name: string) => [...container.querySelectorAll('.lines .line')].find((l) => l.textContent?.includes(name))!;
  const parts = (container: Element) => [...container.querySelectorAll('#split-parts .part')].map((p) => [p.getAttribute('data-part'), p.querySelector('span')?.textContent, p.querySelector('strong')?.textContent]);

  it('names each part after the person whose items it holds, when person 1 has none', async () => {
    const { container, getByText } = render(<SplitSheet tab={tab} />);
    fireEvent.click(getByText('Por itens'));
    fireEvent.click(line(container, 'Batata')); // Pessoa 2
    fireEvent.click(line(container, 'Cerveja'));
    fireEvent.click(line(container, 'Cerveja')); // Pessoa 3
    fireEvent.click(line(container, 'Brownie')); // Pessoa 2
    expect(line(container, 'Cerveja').textContent).toContain('Pessoa 3');

    await waitFor(() => expect(parts(container)).toHaveLength(2));
    expect(parts(container)).toEqual([
      ['table 4 2', 'Pessoa 2', 'R$\u00a025,00'],
      ['table 4 3', 'Pessoa 3', 'R$\u00a010,00'],
    ]);
  });

  it('keeps every dish in the split when there are fewer people', async () => {
    const { container, getByText, getByLabelText } = render(<SplitSheet tab={tab} />);
    fireEvent.click(getByText('Por itens'));
    fireEvent.click(line(container, 'Cerveja'));
    fireEvent.click(line(container, 'Cerveja')); // Pessoa 3
    fireEvent.click(getByLabelText('−')); // two people: the beer goes back to one of them

    const shown = line(container, 'Cerveja').textContent;
    await waitFor(() => expect(asked.at(-1)?.groups?.flat().sort()).toEqual(['a', 'b', 'c']));
    const person = /Pessoa (\d)/.exec(shown ?? '')![1];
    const beerPart = parts(container).find(([label]) => label === `table 4 ${person}`);
    expect(beerPart?.[2]).toBe(person === '1' ? 'R$\u00a035,00' : 'R$\u00a010,00');
  });
});
