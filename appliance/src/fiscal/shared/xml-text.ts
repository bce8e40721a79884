/** Escapes text content / attribute values for the compact XML SEFAZ expects. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Typographic marks phones and word processors type, in the plain form the Latin-1 layouts can write. */
const PLAIN_FORMS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u2022': '-',
  '\u2026': '...', '\u20ac': 'EUR',
};

/**
 * A character beyond Latin-1: its plain form, else its letter without the accent Latin-1 lacks
 * ("ő" → "o"), else a space (an emoji, a symbol), so the words around it stay apart.
 */
function latin1Form(char: string): string {
  const plain = PLAIN_FORMS[char];
  if (plain !== undefined) return plain;
  const base = char.normalize('NFD').replace(/\p{M}/gu, '');
  return base && /^[\u0020-\u00ff]+$/.test(base) ? base : ' ';
}

/**
 * SEFAZ's text fields (TString) take Latin-1 only ([ -ÿ]), without leading/trailing or doubled
 * spaces or control characters: anything else fails the schema and the document is refused.
 * Accents typed as combining marks are composed first, so "ã" stays "ã".
 */
export function cleanText(value: string, maxLength: number): string {
  const latin1 = value.normalize('NFC').replace(/[^\u0000-\u00ff]/gu, latin1Form);
  const collapsed = latin1.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
  return collapsed.slice(0, maxLength).trim();
}

/**
 * A line's xProd (120 characters in the NFC-e, NF-e and CF-e): its description as SEFAZ takes it.
 * A product saved with a name Latin-1 cannot write at all (only emoji, another script) goes under
 * the line's code (cProd, its SKU), since an empty xProd fails the schema and every sale of it
 * would be refused; the catalog no longer takes such names.
 */
export function productDescription(item: { description: string; code: string }): string {
  return cleanText(item.description, 120) || cleanText(item.code, 120);
}

/** `<tag>text</tag>`, omitted entirely when the value is undefined. */
export function el(tag: string, value: string | number | undefined): string {
  if (value === undefined) return '';
  return `<${tag}>${escapeXml(String(value))}</${tag}>`;
}

/** `<tag>children</tag>` where children is already XML. */
export function group(tag: string, children: string, attributes = ''): string {
  return `<${tag}${attributes ? ' ' + attributes : ''}>${children}</${tag}>`;
}

/** Text of the first `<tag>` (any namespace prefix) in a small, trusted XML string. */
export function firstTagText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<(?:[A-Za-z0-9_]+:)?${tag}(?:\\s[^>]*)?>([^<]*)</(?:[A-Za-z0-9_]+:)?${tag}>`).exec(xml);
  return match ? unescapeXml(match[1]) : undefined;
}

/** The whole first `<tag ...>...</tag>` element (any prefix), or undefined. */
export function firstElement(xml: string, tag: string): string | undefined {
  const open = new RegExp(`<((?:[A-Za-z0-9_]+:)?${tag})(?:\\s[^>]*)?>`).exec(xml);
  if (!open) return undefined;
  const closeTag = `</${open[1]}>`;
  const end = xml.indexOf(closeTag, open.index);
  return end < 0 ? undefined : xml.slice(open.index, end + closeTag.length);
}

export function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
