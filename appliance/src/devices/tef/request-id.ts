let last = 0;

/**
 * 001-000 is numeric (at most 10 digits) and must differ from the previous
 * request, also across restarts, so it is derived from the clock (10 ms steps)
 * and kept strictly increasing within the process.
 */
export function nextRequestId(): string {
  const candidate = Math.floor(Date.now() / 10) % 10_000_000_000;
  last = candidate > last ? candidate : last + 1;
  return String(last);
}
