/** Escapes text content / attribute values for the compact XML SEFAZ expects. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** SEFAZ rejects leading/trailing or doubled spaces and control characters in text fields. */
export function cleanText(value: string, maxLength: number): string {
  const collapsed = value.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
  return collapsed.slice(0, maxLength).trim();
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
