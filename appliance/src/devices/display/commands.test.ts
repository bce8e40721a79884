import { describe, expect, it } from 'vitest';
import { initialiseBytes, showBytes } from './commands.js';
import { DisplayEmulator } from './display-emulator.js';
import { formatBrl } from '../../kernel/money.js';
import { itemAndTotalLines } from './item-lines.js';

describe('customer display bytes', () => {
  it('ESC/POS display: ESC @, overwrite mode, ESC t 3 (CP860), US $ x y, cp860 text', () => {
    const options = { commandSet: 'escpos-display', codePage: 'CP860', columns: 20 } as const;
    expect([...initialiseBytes(options)]).toEqual([0x1b, 0x40, 0x1f, 0x01, 0x1b, 0x74, 3]);
    const bytes = showBytes(options, ['Pão', 'X']);
    expect([...bytes.subarray(0, 7)]).toEqual([0x1f, 0x24, 1, 1, 0x50, 0x84, 0x6f]); // ã = 0x84 in CP860
    expect([...bytes.subarray(24, 28)]).toEqual([0x1f, 0x24, 1, 2]);
    expect(bytes.length).toBe(48);
  });

  it('CD5220: ESC DC1 overwrite mode and ESC l x y cursor moves', () => {
    const options = { commandSet: 'cd5220', codePage: 'CP860', columns: 20 } as const;
    expect([...initialiseBytes(options)]).toEqual([0x1b, 0x40, 0x1b, 0x11, 0x1b, 0x74, 3]);
    expect([...showBytes(options, ['A', 'B']).subarray(0, 4)]).toEqual([0x1b, 0x6c, 1, 1]);
  });

  it('the emulator follows sequences split across chunks', () => {
    const screen = new DisplayEmulator();
    const bytes = Buffer.concat([initialiseBytes({ commandSet: 'cd5220', codePage: 'CP860', columns: 20 }), Buffer.from([0x1b, 0x6c, 5, 2, 0x87])]);
    for (const byte of bytes) screen.feed(Buffer.from([byte]));
    expect(screen.lines()[1]).toBe('    ç               ');
  });
});

describe('item and total lines', () => {
  it('formats centavos as Brazilian reais with integer arithmetic', () => {
    expect(formatBrl(0, true)).toBe('R$ 0,00');
    expect(formatBrl(5, false)).toBe('0,05');
    expect(formatBrl(123_456_789, true)).toBe('R$ 1.234.567,89');
    expect(formatBrl(-450, false)).toBe('-4,50');
    expect(() => formatBrl(1.5, false)).toThrow(RangeError);
  });

  it('keeps the amount whole and shortens the description', () => {
    expect(itemAndTotalLines({ description: 'Refrigerante lata 350 ml', amountCents: 650 }, 99_990, 'TOTAL')).toEqual([
      'Refrigerante la 6,50',
      'TOTAL      R$ 999,90',
    ]);
  });
});
