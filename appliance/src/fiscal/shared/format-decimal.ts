/**
 * Formats an integer amount expressed in 1/10^scale units as a decimal string with `decimals`
 * fraction digits, using integer arithmetic only (money never touches floating point).
 * When decimals < scale the value is rounded half away from zero.
 */
export function formatScaledInteger(value: number | bigint, scale: number, decimals: number): string {
  let scaled = BigInt(value);
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    throw new RangeError(`formatScaledInteger expects a safe integer, got ${value}`);
  }
  const negative = scaled < 0n;
  if (negative) scaled = -scaled;
  if (decimals < scale) {
    const divisor = 10n ** BigInt(scale - decimals);
    scaled = (scaled + divisor / 2n) / divisor;
  } else if (decimals > scale) {
    scaled = scaled * 10n ** BigInt(decimals - scale);
  }
  const digits = scaled.toString().padStart(decimals + 1, '0');
  const integerPart = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const body = decimals === 0 ? integerPart : `${integerPart}.${fraction}`;
  return negative && scaled !== 0n ? `-${body}` : body;
}

/** 1234 cents -> "12.34" */
export function formatCents(cents: number): string {
  return formatScaledInteger(cents, 2, 2);
}

/** Basis points (1/100 of a percent) -> percent with 2..4 decimals, e.g. 165 -> "1.6500". */
export function formatBasisPointsAsPercent(basisPoints: number, decimals = 4): string {
  return formatScaledInteger(basisPoints, 2, decimals);
}

/** Rounds value * basisPoints / 10000 half up, all in integers (tax on a base in cents). */
export function applyBasisPoints(baseCents: number, basisPoints: number): number {
  const product = BigInt(baseCents) * BigInt(basisPoints);
  const rounded = (product + 5000n) / 10000n;
  return Number(rounded);
}
