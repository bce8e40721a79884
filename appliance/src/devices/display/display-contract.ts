import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomerDisplay, DisplayCodePage } from './customer-display.js';
import { itemAndTotalLines } from './item-lines.js';

export interface DisplayHarness {
  display: CustomerDisplay;
  codePage: DisplayCodePage;
  /** The 2 × 20 characters on the glass right now. */
  glass(): string[];
  close(): Promise<void>;
}

const pad = (text: string) => text.padEnd(20, ' ');

export function displayContract(name: string, createHarness: () => Promise<DisplayHarness>): void {
  describe(`CustomerDisplay contract: ${name}`, () => {
    let h: DisplayHarness;
    beforeEach(async () => {
      h = await createHarness();
    });
    afterEach(async () => {
      await h.close();
    });

    it('shows the current item and the total, with Portuguese accents', async () => {
      const lines = itemAndTotalLines({ description: 'Pão de queijo', amountCents: 450 }, 1_234, 'TOTAL');
      expect(lines).toEqual(['Pão de queijo   4,50', 'TOTAL       R$ 12,34']);
      await h.display.show(lines);
      const expected = h.codePage === 'CP437' ? ['Pao de queijo   4,50', lines[1]] : lines;
      await expect.poll(() => h.glass()).toEqual(expected);
    });

    it('replaces a longer previous text completely and cuts text beyond 20 columns', async () => {
      await h.display.show(['Coxinha de frango c/ catupiry', 'TOTAL R$ 1.000,00']);
      await expect.poll(() => h.glass()).toEqual(['Coxinha de frango c/', pad('TOTAL R$ 1.000,00')]);
      await h.display.show(['Água', 'Açaí']);
      // CP437 has ç and í but no Á: the accent is dropped rather than shown as '?'.
      await expect.poll(() => h.glass()).toEqual([pad(h.codePage === 'CP437' ? 'Agua' : 'Água'), pad('Açaí')]);
    });

    it('clears both lines', async () => {
      await h.display.show(['Café', 'R$ 5,00']);
      await expect.poll(() => h.glass()[0]).toBe(pad('Café'));
      await h.display.clear();
      await expect.poll(() => h.glass()).toEqual([pad(''), pad('')]);
    });
  });
}
