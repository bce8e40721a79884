import { z } from 'zod';
import { isSafeText } from '../../contract/safe-text.js';

export { isSafeText };

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
