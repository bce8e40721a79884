import type { CodePage, CommandSet } from '../profiles/schema.js';

/** iconv-lite encoding names for the code pages profiles may declare. */
export const ICONV_NAME: Record<CodePage, string> = {
  CP437: 'cp437',
  CP850: 'cp850',
  CP860: 'cp860',
  WPC1252: 'windows-1252',
};

/** ESC t n numbers: ESC/POS (Epson, Elgin) and ESC/Bema number the same tables differently. */
const ESCPOS_TABLE: Record<CodePage, number> = { CP437: 0, CP850: 2, CP860: 3, WPC1252: 16 };
const ESCBEMA_TABLE: Partial<Record<CodePage, number>> = { CP437: 3, CP850: 2, CP860: 4 };

export function codePageSelect(commandSet: CommandSet, codePage: CodePage): Buffer {
  switch (commandSet) {
    case 'escpos':
    case 'elgin':
      return Buffer.from([0x1b, 0x74, ESCPOS_TABLE[codePage]]);
    case 'escbema': {
      const n = ESCBEMA_TABLE[codePage];
      if (n === undefined) throw new Error(`ESC/Bema has no table for ${codePage}`);
      return Buffer.from([0x1b, 0x74, n]);
    }
    case 'star':
      // Star Line mode ESC GS t n numbering; 4 is CP858, identical to CP850 for Portuguese letters.
      return Buffer.from([0x1b, 0x1d, 0x74, { CP437: 1, CP850: 4, CP860: 6, WPC1252: 32 }[codePage]]);
    case 'daruma':
      // Daruma selects the table in its setup menu; sending ESC t would be printed as text.
      return Buffer.alloc(0);
  }
}
