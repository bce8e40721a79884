import iconv from 'iconv-lite';
import type { DisplayCodePage } from './customer-display.js';

const COMBINING_MARK = /^[\u0300-\u036f]$/;

const ICONV_NAME: Record<DisplayCodePage, string> = { CP437: 'cp437', CP850: 'cp850', CP860: 'cp860', WPC1252: 'cp1252' };

/** ESC t n table numbers of the Epson character code tables (shared by ESC/POS-compatible displays). */
export const ESC_T_TABLE: Record<DisplayCodePage, number> = { CP437: 0, CP850: 2, CP860: 3, WPC1252: 16 };

/**
 * Encodes text for the display's code page. A character the page lacks (ã on
 * CP437) is shown without its accent rather than as '?', which a customer
 * reads more easily. Text is composed first ("a" + combining tilde is "ã"), and a
 * combining mark that composes with nothing is dropped for the same reason.
 */
export function encodeForDisplay(text: string, codePage: DisplayCodePage): Buffer {
  const encoding = ICONV_NAME[codePage];
  const bytes: Buffer[] = [];
  for (const char of text.normalize('NFC')) {
    if (COMBINING_MARK.test(char)) continue;
    const encoded = iconv.encode(char, encoding);
    if (encoded.length === 1 && encoded[0] === 0x3f && char !== '?') {
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      bytes.push(iconv.encode(base || '?', encoding));
    } else {
      bytes.push(encoded);
    }
  }
  return Buffer.concat(bytes);
}

export function decodeFromDisplay(byte: number, codePage: DisplayCodePage): string {
  return iconv.decode(Buffer.from([byte]), ICONV_NAME[codePage]);
}

export function codePageForTable(table: number): DisplayCodePage | null {
  const found = (Object.entries(ESC_T_TABLE) as [DisplayCodePage, number][]).find(([, n]) => n === table);
  return found ? found[0] : null;
}
