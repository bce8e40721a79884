import { readAnswer } from '../marketplaces/http-call.js';
import type { GraphRequest } from './graph-requests.js';

const CALL_TIMEOUT_MS = 10_000;

/**
 * Meta's codes for "try again later" (throttling, temporary outages): everything else a 4xx
 * carries is a refusal that a retry cannot change (re-engagement window 131047, invalid parameter
 * 131009/100, recipient not on WhatsApp 131026, ...).
 */
const TRANSIENT_CODES = new Set([1, 2, 4, 17, 32, 613, 80007, 130429, 131000, 131016, 131048, 131056, 133004]);

/** A refusal to report back to the store; the reply will never be sent. */
export class GraphRefused extends Error {
  constructor(
    readonly code: string,
    readonly detail: string,
  ) {
    super(`Graph API refused the reply: ${code} ${detail}`);
  }
}

/** An expired or revoked token: retried (HQ may put a new one), and logged loudly. */
export class GraphUnauthorized extends Error {}

/** Sends one Graph request; returns the platform's message id. Transient failures throw plain errors. */
export async function sendGraphRequest(graphUrl: string, accessToken: string, request: GraphRequest): Promise<string | null> {
  const response = await fetch(`${graphUrl}${request.path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const { text, body } = await readAnswer(response);
  if (response.ok) return body?.messages?.[0]?.id ?? body?.message_id ?? null;
  const error = body?.error ?? {};
  const code = Number(error.code);
  const detail = String(error.error_data?.details ?? error.message ?? text).slice(0, 512);
  if (response.status === 401 || code === 190) throw new GraphUnauthorized(`Graph API token refused: ${detail}`);
  if (response.status >= 500 || response.status === 429 || TRANSIENT_CODES.has(code)) throw new Error(`Graph API ${response.status} ${code}: ${detail}`);
  throw new GraphRefused(Number.isFinite(code) ? String(code) : `HTTP_${response.status}`, detail);
}
