import type { MessageCatalog } from '../kernel/i18n/catalog.js';

/** A printer fault its driver gave no code for, or a code the store has no text for. */
export const PRINTER_ERROR = 'PRINTER_ERROR';

/**
 * A failed print as the store reads it: a stable code and its pt-BR text from the catalog. The
 * driver's own words (English, technical: a socket error, a library's message) are the `detail`,
 * which goes to the log for a technician and never onto a back-office screen.
 */
export interface PrintFailure {
  code: string;
  text: string;
  detail: string;
}

export function printFailureOf(err: unknown, messages: MessageCatalog): PrintFailure {
  const given = (err as { code?: unknown } | null)?.code;
  const code = typeof given === 'string' && messages.has(given) ? given : PRINTER_ERROR;
  return { code, text: messages.t(code), detail: err instanceof Error ? err.message : String(err) };
}
