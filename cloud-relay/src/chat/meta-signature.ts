import crypto from 'node:crypto';
import { sameHex } from '../marketplaces/http-call.js';

/** `X-Hub-Signature-256`'s value for a raw body: `sha256=` and the hex HMAC-SHA256 with the app secret. */
export function metaSignature(rawBody: Uint8Array, appSecret: string): string {
  return `sha256=${crypto.createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Checked on the raw bytes, before anything parses them, in constant time. */
export function verifyMetaSignature(rawBody: Uint8Array, header: string | null | undefined, appSecret: string): boolean {
  const given = header?.trim();
  if (!given?.toLowerCase().startsWith('sha256=')) return false;
  return sameHex(metaSignature(rawBody, appSecret).slice('sha256='.length), given.slice('sha256='.length));
}
