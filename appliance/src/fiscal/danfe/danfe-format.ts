/** Brazilian display forms of the values a DANFE prints (the XML keeps the plain forms). */
export { formatCnpj } from '../../kernel/cnpj.js';

/** "1234.5" / "1234.50" -> "1.234,50" with `decimals` places; text in, text out (no floats). */
export function brDecimal(value: string, decimals: number): string {
  const [whole, fraction = ''] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${grouped},${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
}

export const brMoney = (value: string) => brDecimal(value, 2);

/** dd/mm/aaaa of a local date-time with offset (dhEmi, dhRecbto). */
export const brDate = (local: string) => `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;

export const brTime = (local: string) => local.slice(11, 19);

export const formatCep = (cep: string) => cep.replace(/^(\d{5})(\d{3})$/, '$1-$2');

/** nNF as printed: 000.000.001. */
export const formatDocumentNumber = (number: string) => number.padStart(9, '0').replace(/^(\d{3})(\d{3})(\d{3})$/, '$1.$2.$3');

/** The 44-digit key in groups of four. */
export const formatKey = (key: string) => key.replace(/(.{4})(?=.)/g, '$1 ');
