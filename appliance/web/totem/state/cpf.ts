import { signal } from '@preact/signals';

/** The customer's CPF for the NFC-e ("CPF na nota"), 11 digits; null for none. The next customer never inherits it. */
export const taxId = signal<string | null>(null);
/** The keypad is open, with the digits typed so far. */
export const keypad = signal<{ digits: string; wrong: boolean } | null>(null);

const CPF_DIGITS = 11;

/** The CPF's two check digits hold and it is not one digit repeated (000.000.000-00 passes the sums). */
export function isValidCpf(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || /^(\d)\1{10}$/.test(digits)) return false;
  const check = (length: number) => {
    const sum = [...digits.slice(0, length)].reduce((total, digit, i) => total + Number(digit) * (length + 1 - i), 0);
    return ((sum * 10) % 11) % 10;
  };
  return check(9) === Number(digits[9]) && check(10) === Number(digits[10]);
}

/** 000.000.000-00, as far as typed. */
export const formatCpf = (digits: string) => digits.replace(/^(\d{3})(\d)/, '$1.$2').replace(/^(\d{3}\.\d{3})(\d)/, '$1.$2').replace(/^(\d{3}\.\d{3}\.\d{3})(\d)/, '$1-$2');

/** What the order shows of a confirmed CPF on a screen people queue behind: the last digits only. */
export const maskedCpf = (digits: string) => `***.***.${digits.slice(6, 9)}-${digits.slice(9)}`;

export function openKeypad(): void {
  keypad.value = { digits: taxId.value ?? '', wrong: false };
}

export function typeDigit(digit: string): void {
  const current = keypad.value;
  if (current && current.digits.length < CPF_DIGITS) keypad.value = { digits: current.digits + digit, wrong: false };
}

export function eraseDigit(): void {
  const current = keypad.value;
  if (current) keypad.value = { digits: current.digits.slice(0, -1), wrong: false };
}

/** Keeps the CPF typed when its check digits hold; a typo stays on the keypad, flagged, to be corrected. */
export function confirmCpf(): void {
  const current = keypad.value;
  if (!current) return;
  if (!isValidCpf(current.digits)) {
    keypad.value = { ...current, wrong: true };
    return;
  }
  taxId.value = current.digits;
  keypad.value = null;
}

/** "Sem CPF": the receipt goes without one. */
export function dropCpf(): void {
  taxId.value = null;
  keypad.value = null;
}
