import { badRequest, businessRule } from '../kernel/errors.js';
import { OVERRIDE_ROLES, type Role } from './permissions.js';

/** A manager's or admin's PIN authorizes refunds and withdrawals in their name: it must be longer. */
export const OVERRIDE_ROLE_PIN_MIN_LENGTH = 6;

function isSequence(pin: string): boolean {
  const steps = new Set<number>();
  for (let i = 1; i < pin.length; i++) steps.add((Number(pin[i]) - Number(pin[i - 1]) + 10) % 10);
  // Ascending or descending by one, wrapping at 9/0 as keypads do (7890, 2109).
  return steps.size === 1 && (steps.has(1) || steps.has(9));
}

function isRepeatedPattern(pin: string): boolean {
  for (let period = 2; period <= pin.length / 2; period++) {
    if (pin.length % period === 0 && pin.slice(0, period).repeat(pin.length / period) === pin) return true;
  }
  return false;
}

/** The rules a new PIN breaks for a user of this role (empty when acceptable), as stable rule names. */
export function pinPolicyViolations(pin: string, role: string): string[] {
  const broken: string[] = [];
  if (OVERRIDE_ROLES.includes(role as Role) && pin.length < OVERRIDE_ROLE_PIN_MIN_LENGTH) broken.push('MIN_LENGTH_6_FOR_MANAGERS');
  if (/^(\d)\1*$/.test(pin)) broken.push('REPEATED_DIGITS');
  else if (isRepeatedPattern(pin)) broken.push('REPEATED_PATTERN');
  if (isSequence(pin)) broken.push('SEQUENCE');
  return broken;
}

/** 400 PIN_FORMAT unless 4–6 digits; 422 PIN_POLICY (`details.rules`) for a trivial or too short PIN. */
export function assertPinPolicy(pin: string, role: string): void {
  if (!/^\d{4,6}$/.test(pin)) throw badRequest('PIN_FORMAT');
  const broken = pinPolicyViolations(pin, role);
  if (broken.length > 0) throw businessRule('PIN_POLICY', { rules: broken });
}
