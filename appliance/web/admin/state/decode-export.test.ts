import { describe, expect, it } from 'vitest';
import { decodeExport } from './decode-export';

describe('decoding the previous POS export', () => {
  const text = 'codigo;descricao\n1;Pão de queijo\n';

  it('reads UTF-8 with a BOM, UTF-8 without one, and Latin-1, accents intact', () => {
    const utf8 = new TextEncoder().encode(text);
    const latin1 = Uint8Array.from(text, (ch) => ch.charCodeAt(0));
    expect([decodeExport(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])), decodeExport(utf8), decodeExport(latin1)]).toEqual([text, text, text]);
  });
});
