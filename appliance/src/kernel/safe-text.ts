import { z } from 'zod';

/**
 * Characters a name must never carry: C0/C1 controls (tabs and newlines included: names print on
 * one receipt line), the bidirectional overrides, embeddings and isolates that can make
 * "Pizza R$ 1,00" display as something else, and the line/paragraph separators.
 */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** A UTF-16 surrogate without its partner cannot be encoded, printed or sent to SEFAZ. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a text is safe to store, print and show as a name. */
export function isSafeText(value: string): boolean {
  return !FORBIDDEN.test(value) && !LONE_SURROGATE.test(value);
}

const SAFE_TEXT_MESSAGE = 'control characters, bidirectional overrides and lone surrogates are not allowed';

function buildSafeText(max: number, min: number) {
  return z.string().trim().min(min).max(max).refine(isSafeText, SAFE_TEXT_MESSAGE);
}

// Schemas are immutable, and the routes ask for the same few bounds over and over: one schema per
// bound keeps hundreds of identical ones (≈ 3 KB of heap each) out of the idle appliance.
const built = new Map<string, ReturnType<typeof buildSafeText>>();

/**
 * The shared schema for names and short texts typed by people (products, customers, users,
 * tables, notes, reasons): trimmed, bounded, and free of characters that hide or reorder text.
 */
export function safeText(max: number, min = 1) {
  const key = `${min}:${max}`;
  let schema = built.get(key);
  if (!schema) built.set(key, (schema = buildSafeText(max, min)));
  return schema;
}
