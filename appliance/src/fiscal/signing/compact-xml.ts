/**
 * The XML this appliance builds for SEFAZ (`shared/xml-text.ts`: elements with double-quoted
 * attributes, escaped text, no declaration, comments, CDATA or prefixes) read as a flat list of
 * tags and text, so that a signature can be computed without a DOM: the inclusive C14N of such an
 * element is its own text with entities re-escaped, the inherited default namespace declared on it
 * and its attributes sorted. Anything outside that shape is refused (`undefined`) and the caller
 * signs through xml-crypto instead; the two paths agree byte for byte (`compact-xml.test.ts`).
 */

interface OpenTag {
  kind: 'open';
  name: string;
  attributes: [name: string, value: string][];
}

interface CloseTag {
  kind: 'close';
  name: string;
}

interface Text {
  kind: 'text';
  value: string;
}

type Token = OpenTag | CloseTag | Text;

export interface CompactDocument {
  readonly tokens: readonly Token[];
  /** The root's default namespace (`xmlns`), inherited by every element below it. */
  readonly defaultNamespace: string | undefined;
}

const NAME = '[A-Za-z_][A-Za-z0-9_.-]*';
const OPEN_TAG = new RegExp(`^(${NAME})((?: ${NAME}="[^"<]*")*)$`);
const ATTRIBUTE = new RegExp(` (${NAME})="([^"<]*)"`, 'g');
const CLOSE_TAG = new RegExp(`^/(${NAME})$`);
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters a parser would normalize (line ends, whitespace in attribute values) or that the
// two serializations escape differently: refused rather than reasoned about.
const TEXT_REFUSED = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const ATTRIBUTE_REFUSED = /[\t\n\r\u0000-\u001f]/;

const STRAY_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

function decode(raw: string): string | undefined {
  if (STRAY_AMPERSAND.test(raw)) return undefined;
  let outOfRange = false;
  const value = raw.replace(ENTITY, (_, named: string | undefined, decimal: string | undefined, hex: string | undefined) => {
    if (named) return NAMED[named];
    const codePoint = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
    // Beyond Unicode, or half of a surrogate pair: not a character XML allows.
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      outOfRange = true;
      return '';
    }
    return String.fromCodePoint(codePoint);
  });
  return outOfRange ? undefined : value;
}

/** Reads the document, or `undefined` when it is not in the compact shape (or not well formed). */
export function readCompactXml(xml: string): CompactDocument | undefined {
  if (xml.includes('\r')) return undefined;
  const tokens: Token[] = [];
  const open: string[] = [];
  let position = 0;
  while (position < xml.length) {
    if (xml[position] !== '<') {
      const end = xml.indexOf('<', position);
      if (end < 0 || open.length === 0) return undefined; // text outside the root
      const value = decode(xml.slice(position, end));
      if (value === undefined || TEXT_REFUSED.test(value)) return undefined;
      tokens.push({ kind: 'text', value });
      position = end;
      continue;
    }
    const end = xml.indexOf('>', position);
    if (end < 0) return undefined;
    const inner = xml.slice(position + 1, end);
    position = end + 1;
    const close = CLOSE_TAG.exec(inner);
    if (close) {
      if (open.pop() !== close[1]) return undefined;
      // An empty element: xml-crypto's serializer writes it as `<a/>`, C14N as `<a></a>`.
      const previous = tokens[tokens.length - 1];
      if (previous.kind === 'open') return undefined;
      tokens.push({ kind: 'close', name: close[1] });
      if (open.length === 0 && position !== xml.length) return undefined; // something after the root
      continue;
    }
    const tag = OPEN_TAG.exec(inner);
    if (!tag) return undefined; // declaration, comment, CDATA, self-closing tag, prefix, odd spacing
    if (open.length === 0 && tokens.length > 0) return undefined; // a second root
    const attributes: [string, string][] = [];
    for (const [, name, raw] of tag[2].matchAll(ATTRIBUTE)) {
      const value = decode(raw);
      if (value === undefined || ATTRIBUTE_REFUSED.test(value)) return undefined;
      if (attributes.some(([seen]) => seen === name)) return undefined;
      if (name === 'xmlns' && open.length > 0) return undefined; // namespaces declared below the root
      attributes.push([name, value]);
    }
    tokens.push({ kind: 'open', name: tag[1], attributes });
    open.push(tag[1]);
  }
  if (open.length > 0 || tokens.length === 0) return undefined;
  const root = tokens[0] as OpenTag;
  const defaultNamespace = root.attributes.find(([name]) => name === 'xmlns')?.[1];
  return { tokens, defaultNamespace };
}

/** Where the child `elementName` of the root starts and ends (token indexes), with its attributes. */
export function findChildOfRoot(document: CompactDocument, elementName: string): { open: number; close: number; element: OpenTag } | undefined {
  let depth = 0;
  let found: number | undefined;
  for (let i = 0; i < document.tokens.length; i++) {
    const token = document.tokens[i];
    if (token.kind === 'open') {
      depth += 1;
      if (depth === 2 && token.name === elementName) {
        if (found !== undefined) return undefined; // two of them: the xpath would pick the first, keep it simple
        found = i;
      }
    } else if (token.kind === 'close') {
      depth -= 1;
    }
  }
  if (found === undefined) return undefined;
  depth = 0;
  for (let i = found; i < document.tokens.length; i++) {
    const token = document.tokens[i];
    if (token.kind === 'open') depth += 1;
    else if (token.kind === 'close' && --depth === 0) return { open: found, close: i, element: document.tokens[found] as OpenTag };
  }
  return undefined;
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// C14N's attribute escaping; tabs and line ends never get here (refused on reading).
const escapeCanonicalAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
// xmldom's, which xml-crypto's output goes through: `>` too.
const escapeSerializedAttribute = (value: string) => escapeCanonicalAttribute(value).replace(/>/g, '&gt;');

/** Inclusive C14N 1.0 of the tokens `from..to` (an element of the document), as its digest reads it. */
export function canonicalElement(document: CompactDocument, from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i <= to; i++) {
    const token = document.tokens[i];
    if (token.kind === 'text') parts.push(escapeText(token.value));
    else if (token.kind === 'close') parts.push(`</${token.name}>`);
    else {
      parts.push('<', token.name);
      // The apex carries the namespace it inherits; below it the same declaration is not repeated.
      if (i === from && document.defaultNamespace) parts.push(` xmlns="${escapeCanonicalAttribute(document.defaultNamespace)}"`);
      for (const [name, value] of sortedAttributes(token.attributes)) parts.push(` ${name}="${escapeCanonicalAttribute(value)}"`);
      parts.push('>');
    }
  }
  return parts.join('');
}

// Unprefixed attributes sort by name, in code point order (C14N's rule for attributes without a namespace).
function sortedAttributes(attributes: [string, string][]): [string, string][] {
  return attributes.length < 2 ? attributes : [...attributes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The document written back as xml-crypto writes it (attributes in document order), `insert` after token `after`. */
export function serializeWith(document: CompactDocument, after: number, insert: string): string {
  const parts: string[] = [];
  document.tokens.forEach((token, i) => {
    if (token.kind === 'text') parts.push(escapeText(token.value));
    else if (token.kind === 'close') parts.push(`</${token.name}>`);
    else {
      parts.push('<', token.name);
      for (const [name, value] of token.attributes) parts.push(` ${name}="${escapeSerializedAttribute(value)}"`);
      parts.push('>');
    }
    if (i === after) parts.push(insert);
  });
  return parts.join('');
}
