import { describe, expect, it } from 'vitest';
import { centsCell, toCsv } from './csv';

describe('CSV exports for a pt-BR spreadsheet', () => {
  it('uses ; and a decimal comma, starts with the UTF-8 BOM and ends lines with CRLF', () => {
    const text = toCsv(['Produto', 'Qtd.', 'Total (R$)'], [['Açaí 500 ml', 2, centsCell(3180)], ['Pão de queijo', 0.25, centsCell(-5)]]);
    expect(text).toBe('\ufeffProduto;Qtd.;Total (R$)\r\nAçaí 500 ml;2;31,80\r\nPão de queijo;0,25;-0,05\r\n');
  });

  it('neutralises cells a spreadsheet would run as a formula, and quotes ; and quotes', () => {
    const text = toCsv(['a'], [['=HYPERLINK("http://x")'], ['+55 11'], ['-2+3'], ['@SUM(A1)'], ['X; "Y"'], [null]]);
    expect(text.split('\r\n').slice(1, -1)).toEqual(["\"'=HYPERLINK(\"\"http://x\"\")\"", "'+55 11", "'-2+3", "'@SUM(A1)", '"X; ""Y"""', '']);
  });
});
