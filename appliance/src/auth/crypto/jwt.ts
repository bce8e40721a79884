import { createHmac, timingSafeEqual } from 'node:crypto';
import { SignJWT } from 'jose';

export interface AccessClaims {
  sub: string;
  sid: string;
  role: string;
  iat: number;
  exp: number;
}

const ISSUER = 'chefia-appliance';

export async function signAccessToken(secret: Uint8Array, claims: { sub: string; sid: string; role: string }, nowSeconds: number, ttlSeconds: number): Promise<string> {
  return new SignJWT({ sid: claims.sid, role: claims.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + ttlSeconds)
    .sign(secret);
}

/**
 * Tokens whose signature and claims already checked out, per signing key: a till sends the same
 * token on every request, and the HMAC, base64 and JSON work was a measurable share of a journaled
 * POST's CPU. What is cached is a pure function of (key, token), so an entry only skips work: its
 * expiry is compared with the clock on every use, and whether the session behind it is still live
 * (logout, revocation, idle timeout) is the caller's check, made on every request as before.
 * Bounded: the least recently used token goes first.
 */
const VERIFIED_CACHE_SIZE = 1024;
const verified = new WeakMap<Uint8Array, Map<string, AccessClaims>>();

/**
 * Verifies an HS256 access token synchronously. jose only verifies asynchronously, but the
 * kernel asks `authenticateBearer` and MQTT CONNECT for an answer synchronously on every request,
 * and HS256 is a single HMAC: small enough to check here without a library.
 */
export function verifyAccessToken(secret: Uint8Array, token: string, nowSeconds: number): AccessClaims | null {
  let cache = verified.get(secret);
  const known = cache?.get(token);
  if (known) {
    if (known.exp <= nowSeconds) {
      cache!.delete(token);
      return null;
    }
    // Map keeps insertion order: re-inserting marks the token as the most recently used.
    cache!.delete(token);
    cache!.set(token, known);
    return known;
  }
  const claims = checkAccessToken(secret, token, nowSeconds);
  if (!claims) return null;
  if (!cache) verified.set(secret, (cache = new Map()));
  if (cache.size >= VERIFIED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(token, claims);
  return claims;
}

function checkAccessToken(secret: Uint8Array, token: string, nowSeconds: number): AccessClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [headerPart, payloadPart, signaturePart] = parts;
  const expected = createHmac('sha256', secret).update(`${headerPart}.${payloadPart}`).digest();
  const given = Buffer.from(signaturePart, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const header = JSON.parse(Buffer.from(headerPart, 'base64url').toString('utf8'));
    if (header.alg !== 'HS256') return null;
    const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString('utf8'));
    if (claims.iss !== ISSUER || typeof claims.sub !== 'string' || typeof claims.sid !== 'string') return null;
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return null;
    // Shared by every request that carries the token (see the cache above).
    return Object.freeze(claims) as AccessClaims;
  } catch {
    return null;
  }
}

export function looksLikeJwt(value: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value);
}
