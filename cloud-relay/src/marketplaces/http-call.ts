import crypto from 'node:crypto';
import { PlatformRejected } from './connector.js';

const CALL_TIMEOUT_MS = 10_000;

/**
 * One HTTP call to a platform API with a timeout. 4xx other than the `allowed` statuses is a
 * PlatformRejected (not retried); 5xx and network errors throw plain errors (retried with backoff).
 */
export async function platformCall(
  url: string,
  init: RequestInit & { allowed?: number[] },
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
  const { text, body } = await readAnswer(response);
  if (response.ok || init.allowed?.includes(response.status)) return { status: response.status, body };
  const detail = `${init.method ?? 'GET'} ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 200)}`;
  if (response.status >= 400 && response.status < 500 && response.status !== 429 && response.status !== 408) throw new PlatformRejected(response.status, detail);
  throw new Error(detail);
}

/** A platform's answer: its text, and the JSON in it (the text itself when it is not JSON). */
export async function readAnswer(response: Response): Promise<{ text: string; body: any }> {
  const text = await response.text();
  try {
    return { text, body: text ? JSON.parse(text) : null };
  } catch {
    return { text, body: text };
  }
}

/** Constant-time comparison of two hex signatures (lowercase or not). */
export function sameHex(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected.toLowerCase(), 'utf8');
  const b = Buffer.from(given.trim().toLowerCase(), 'utf8');
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
