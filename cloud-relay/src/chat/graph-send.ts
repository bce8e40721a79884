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

/** JSON, or a multipart form when the request carries files (fields that are objects go as JSON text). */
function requestBody(request: GraphRequest): { body: string | FormData; headers: Record<string, string> } {
  if (!request.files) return { body: JSON.stringify(request.body), headers: { 'content-type': 'application/json' } };
  const form = new FormData();
  for (const [name, value] of Object.entries(request.body)) form.append(name, typeof value === 'string' ? value : JSON.stringify(value));
  for (const [name, file] of Object.entries(request.files)) form.append(name, new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return { body: form, headers: {} };
}

/** One Graph call; the answer's body when it succeeded. Refusals and transient failures throw as below. */
async function callGraph(graphUrl: string, accessToken: string, request: GraphRequest): Promise<any> {
  const { body: payload, headers } = requestBody(request);
  const response = await fetch(`${graphUrl}${request.path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, ...headers },
    body: payload,
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  const { text, body } = await readAnswer(response);
  if (response.ok) return body;
  const error = body?.error ?? {};
  const code = Number(error.code);
  const detail = String(error.error_data?.details ?? error.message ?? text).slice(0, 512);
  if (response.status === 401 || code === 190) throw new GraphUnauthorized(`Graph API token refused: ${detail}`);
  if (response.status >= 500 || response.status === 429 || TRANSIENT_CODES.has(code)) throw new Error(`Graph API ${response.status} ${code}: ${detail}`);
  throw new GraphRefused(Number.isFinite(code) ? String(code) : `HTTP_${response.status}`, detail);
}

/** Sends one Graph request; returns the platform's message id. Transient failures throw plain errors. */
export async function sendGraphRequest(graphUrl: string, accessToken: string, request: GraphRequest): Promise<string | null> {
  const body = await callGraph(graphUrl, accessToken, request);
  return body?.messages?.[0]?.id ?? body?.message_id ?? null;
}

/** Uploads a file (WhatsApp media); returns the media id the message then names. */
export async function uploadGraphMedia(graphUrl: string, accessToken: string, request: GraphRequest): Promise<string> {
  const body = await callGraph(graphUrl, accessToken, request);
  if (typeof body?.id !== 'string' || !body.id) throw new Error('Graph API media upload answered no id');
  return body.id;
}
