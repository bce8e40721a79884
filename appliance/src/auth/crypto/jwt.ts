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
 * Verifies an HS256 access token synchronously. jose only verifies asynchronously, but the
 * kernel asks `authenticateBearer` and MQTT CONNECT for an answer synchronously on every request,
 * and HS256 is a single HMAC: small enough to check here without a library.
 */
export function verifyAccessToken(secret: Uint8Array, token: string, nowSeconds: number): AccessClaims | null {
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
    return claims as AccessClaims;
  } catch {
    return null;
  }
}

export function looksLikeJwt(value: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(value);
}
