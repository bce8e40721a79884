/**
 * Characters a name must never carry: C0/C1 controls (tabs and newlines included: names print on
 * one receipt line, and ESC/GS bytes reach a thermal printer as commands: a drawer kick, a cut),
 * the bidirectional overrides, embeddings and isolates that can make "Pizza R$ 1,00" display as
 * something else, and the line/paragraph separators. Shared by the appliance and the relay, so
 * what HQ pushes is held to the rules the store applies.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** A UTF-16 surrogate without its partner cannot be encoded, printed or sent to SEFAZ. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a text is safe to store, print and show as a name. */
export function isSafeText(value: string): boolean {
  return !FORBIDDEN.test(value) && !LONE_SURROGATE.test(value);
}
