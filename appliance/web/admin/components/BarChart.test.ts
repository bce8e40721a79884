import { describe, expect, it } from 'vitest';
import { hourBars } from './BarChart';

describe('sales by hour as bars', () => {
  it('fills the quiet hours between the first and the last sale with zero', () => {
    expect(hourBars([{ hour: '09', amountCents: 5000 }, { hour: '12', amountCents: 1290 }])).toEqual([
      { label: '09h', amountCents: 5000 },
      { label: '10h', amountCents: 0 },
      { label: '11h', amountCents: 0 },
      { label: '12h', amountCents: 1290 },
    ]);
  });

  it('draws nothing for a day without sales', () => {
    expect(hourBars([])).toEqual([]);
  });
});
