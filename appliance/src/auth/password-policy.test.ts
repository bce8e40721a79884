import { describe, expect, it } from 'vitest';
import { DEFAULT_SECRET_HASH_COST, hashSecret, setSecretHashCost, verifySecret, verifySecretSync } from './crypto/secret-hash.js';
import { randomPassword } from './crypto/tokens.js';
import { isPasswordExpired, passwordPolicyViolations } from './password-policy.js';
import { pinPolicyViolations } from './pin-policy.js';

describe('password policy', () => {
  it('names every broken rule', () => {
    expect(passwordPolicyViolations('abc')).toEqual(['MIN_LENGTH_8', 'UPPERCASE', 'DIGIT', 'SPECIAL_CHARACTER']);
    expect(passwordPolicyViolations('abcdefgh1#')).toEqual(['UPPERCASE']);
    expect(passwordPolicyViolations('Abcdefgh#')).toEqual(['DIGIT']);
    expect(passwordPolicyViolations('Abcdefgh1')).toEqual(['SPECIAL_CHARACTER']);
    expect(passwordPolicyViolations('Abcdef1#')).toEqual([]);
  });

  it('refuses the most common passwords, whatever their case', () => {
    expect(passwordPolicyViolations('Senha@123')).toEqual(['COMMON_PASSWORD']);
    expect(passwordPolicyViolations('P@ssw0rd1')).toEqual(['COMMON_PASSWORD']);
    expect(passwordPolicyViolations('ADMIN@123')).toEqual(['COMMON_PASSWORD']);
    expect(passwordPolicyViolations('password')).toEqual(['UPPERCASE', 'DIGIT', 'SPECIAL_CHARACTER', 'COMMON_PASSWORD']);
    expect(passwordPolicyViolations('Gerente#2026')).toEqual([]);
  });

  it('generates random passwords that satisfy it', () => {
    for (let i = 0; i < 50; i++) expect(passwordPolicyViolations(randomPassword())).toEqual([]);
  });

  it('refuses trivial PINs and short PINs of managers and admins', () => {
    expect(pinPolicyViolations('0000', 'CASHIER')).toEqual(['REPEATED_DIGITS']);
    expect(pinPolicyViolations('1234', 'CASHIER')).toEqual(['SEQUENCE']);
    expect(pinPolicyViolations('654321', 'CASHIER')).toEqual(['SEQUENCE']);
    expect(pinPolicyViolations('7890', 'WAITER')).toEqual(['SEQUENCE']);
    expect(pinPolicyViolations('1212', 'WAITER')).toEqual(['REPEATED_PATTERN']);
    expect(pinPolicyViolations('123123', 'WAITER')).toEqual(['REPEATED_PATTERN']);
    expect(pinPolicyViolations('1234', 'MANAGER')).toEqual(['MIN_LENGTH_6_FOR_MANAGERS', 'SEQUENCE']);
    expect(pinPolicyViolations('2580', 'ADMIN')).toEqual(['MIN_LENGTH_6_FOR_MANAGERS']);
    expect(pinPolicyViolations('2468', 'CASHIER')).toEqual([]);
    expect(pinPolicyViolations('739184', 'MANAGER')).toEqual([]);
  });

  it('expires a password 90 days after it was set', () => {
    const changedAt = '2026-01-01T00:00:00.000Z';
    expect(isPasswordExpired(changedAt, new Date('2026-03-31T23:59:59.000Z'))).toBe(false);
    expect(isPasswordExpired(changedAt, new Date('2026-04-01T00:00:00.000Z'))).toBe(true);
  });

  it('hashes with salted scrypt, verifiable async and sync', async () => {
    // A worker may have run a test appliance (lowered cost) before this file: state the default.
    setSecretHashCost(DEFAULT_SECRET_HASH_COST);
    const a = await hashSecret('Senha#123');
    const b = await hashSecret('Senha#123');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifySecret('Senha#123', a)).toBe(true);
    expect(await verifySecret('Senha#124', a)).toBe(false);
    expect(verifySecretSync('Senha#123', b)).toBe(true);
    expect(await verifySecret('Senha#123', null)).toBe(false);
  });
});
