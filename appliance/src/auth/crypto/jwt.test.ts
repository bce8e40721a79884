import { jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './jwt.js';

const secret = new TextEncoder().encode('x'.repeat(48));
const now = 1_800_000_000;

describe('access tokens', () => {
  it('signs with jose and verifies synchronously, agreeing with jose', async () => {
    const token = await signAccessToken(secret, { sub: 'u1', sid: 's1', role: 'CASHIER' }, now, 1800);
    const claims = verifyAccessToken(secret, token, now + 10);
    expect(claims).toMatchObject({ sub: 'u1', sid: 's1', role: 'CASHIER', exp: now + 1800 });
    const viaJose = await jwtVerify(token, secret, { currentDate: new Date((now + 10) * 1000) });
    expect(viaJose.payload.sub).toBe('u1');
  });

  it('refuses expired, tampered, foreign-key and alg=none tokens', async () => {
    const token = await signAccessToken(secret, { sub: 'u1', sid: 's1', role: 'CASHIER' }, now, 1800);
    expect(verifyAccessToken(secret, token, now + 1800)).toBeNull();
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'ADMIN' })).toString('base64url');
    expect(verifyAccessToken(secret, `${h}.${forged}.${s}`, now)).toBeNull();
    expect(verifyAccessToken(new TextEncoder().encode('y'.repeat(48)), token, now)).toBeNull();
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
    expect(verifyAccessToken(secret, none, now)).toBeNull();
    const otherIssuer = await new SignJWT({ sid: 's1' }).setProtectedHeader({ alg: 'HS256' }).setSubject('u1').setExpirationTime(now + 60).sign(secret);
    expect(verifyAccessToken(secret, otherIssuer, now)).toBeNull();
    expect(verifyAccessToken(secret, 'not-a-token', now)).toBeNull();
  });

  it('a token verified once is still refused once expired, under another key, or tampered with', async () => {
    const token = await signAccessToken(secret, { sub: 'u2', sid: 's2', role: 'CASHIER' }, now, 60);
    const first = verifyAccessToken(secret, token, now);
    expect(first).toMatchObject({ sub: 'u2', sid: 's2' });
    expect(verifyAccessToken(secret, token, now + 30)).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(verifyAccessToken(new TextEncoder().encode('x'.repeat(48)), token, now)).toEqual(first);
    expect(verifyAccessToken(new TextEncoder().encode('z'.repeat(48)), token, now)).toBeNull();
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BA' : 'AA'}`;
    expect(verifyAccessToken(secret, tampered, now)).toBeNull();
    expect(verifyAccessToken(secret, token, now + 60)).toBeNull();
    expect(verifyAccessToken(secret, token, now + 61)).toBeNull();
  });
});
