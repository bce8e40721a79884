/**
 * Splits `total` centavos over `weights` in proportion, as the store spreads a bill's discount
 * (pricing's allocateProportionally): each share is floor(total × w / W) and the centavos left go
 * one each to the largest remainders, ties to the earlier weight, so the shares add up to `total`.
 * In integers: a line's cost times the amount passes 2^53 on large bills, where floats misrank.
 */
export function proportionalShares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const t = BigInt(total);
  const s = BigInt(sum);
  const shares = weights.map((w) => Number((t * BigInt(w)) / s));
  const byRemainder = weights.map((w, i) => ({ i, r: (t * BigInt(w)) % s })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}
