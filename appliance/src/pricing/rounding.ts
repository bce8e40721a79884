/**
 * Integer division rounded half up (0.5 → 1) for non-negative operands. Money never goes through
 * a float: the quotient is corrected so the result is exact for any value below 2^53.
 */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator <= 0) {
    throw new RangeError(`divRoundHalfUp needs non-negative safe integers, got ${numerator}/${denominator}`);
  }
  return Number((2n * BigInt(numerator) + BigInt(denominator)) / (2n * BigInt(denominator)));
}

/**
 * `amount * basisPoints / 10000`, rounded half up (1 bp = 0.01 %). The product is taken in BigInt:
 * a line the catalog accepts (R$ 1.000.000,00 a unit, 100,000 periods of time) times a rate passes
 * 2^53, and its percentage must still be exact so that the order cap, not a crash, refuses it.
 */
export function percentOf(amountCents: number, basisPoints: number): number {
  if (!Number.isSafeInteger(amountCents) || !Number.isSafeInteger(basisPoints) || amountCents < 0 || basisPoints < 0) {
    throw new RangeError(`percentOf needs non-negative safe integers, got ${amountCents} × ${basisPoints} bp`);
  }
  return Number((2n * BigInt(amountCents) * BigInt(basisPoints) + 10_000n) / 20_000n);
}

/**
 * Splits `total` over `weights` proportionally with the largest-remainder method: every share is
 * floor(total * w / W), and the centavos left over go one each to the largest remainders, ties to
 * the earlier index. The shares always add up to `total` exactly.
 */
export function allocateProportionally(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const t = BigInt(total);
  const s = BigInt(sum);
  const shares = weights.map((w) => Number((t * BigInt(w)) / s));
  const remainders = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % s }));
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of remainders) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}
