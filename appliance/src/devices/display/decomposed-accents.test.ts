import { describe, expect, it } from 'vitest';
import { DocumentBuilder } from '../printer/document.js';
import { findProfile, loadProfiles } from '../profiles/loader.js';
import type { PrinterProfile } from '../profiles/schema.js';
import { encodeDocument } from '../printer/encoders/encode.js';
import { itemAndTotalLines } from './item-lines.js';
import { VirtualCustomerDisplay } from './virtual-display.js';

/**
 * Product names are stored as typed: a name typed or pasted from a macOS/iOS keyboard, a
 * spreadsheet export or a marketplace menu often arrives in Unicode NFD, "a" + U+0303 COMBINING
 * TILDE instead of the single "ã". The customer display and the printer show both spellings the
 * same: composed, one column, and never a "?" for the combining mark.
 */
describe('pt-BR names in decomposed Unicode (NFD) on the customer display and on paper', () => {
  it('shows "Pão de queijo" the same whether the name is NFC or NFD', async () => {
    const nfd = 'Pão de queijo'.normalize('NFD');
    expect(nfd).not.toBe('Pão de queijo');
    const display = new VirtualCustomerDisplay({ commandSet: 'cd5220', codePage: 'CP860', columns: 20 });
    await display.show(itemAndTotalLines({ description: nfd, amountCents: 450 }, 1_234, 'TOTAL'));
    // Not 'Pa?o de queijo  4,50': the combining tilde neither prints as '?' nor takes a column.
    expect(display.lines()).toEqual(['Pão de queijo   4,50', 'TOTAL       R$ 12,34']);
  });

  it('prints a decomposed name as the composed one: same columns, same bytes', () => {
    const receipt = (name: string) => new DocumentBuilder(32).leftRight(name, '4,50').wrapped(`Obs.: ${name} bem quente`).build();
    const nfd = receipt('Pão de queijo'.normalize('NFD'));
    const nfc = receipt('Pão de queijo');
    expect(nfd).toEqual(nfc);
    const spec = (findProfile(loadProfiles(), 'epson-tm-t20') as PrinterProfile).printer;
    // Built elsewhere (a template's data), the document may still hold a decomposed name.
    const raw = { columns: 32, ops: [{ op: 'text' as const, text: 'Pão'.normalize('NFD') }] };
    expect(encodeDocument(raw, spec)).toEqual(encodeDocument({ columns: 32, ops: [{ op: 'text', text: 'Pão' }] }, spec));
  });
});
