import { round } from './stats.js';

/** One target of a benchmark, checked on the figures of the same run. */
export interface TargetCheck {
  target: string;
  measured: number;
  limit: number;
  pass: boolean;
}

/**
 * appliance / floor compared with `limit`: `atLeast` for throughputs (the appliance keeps at
 * least that share of the floor's), `atMost` for latencies (at most that multiple of the floor's).
 */
export function ratioTarget(what: string, appliance: number, floor: number, bound: 'atLeast' | 'atMost', limit: number): TargetCheck {
  const ratio = round(appliance / floor);
  const pass = bound === 'atLeast' ? ratio >= limit : ratio <= limit;
  return { target: `${what} ${bound === 'atLeast' ? '≥' : '≤'} ${limit}× the floor's`, measured: ratio, limit, pass };
}

/** An absolute target, for what has no floor (a store's own needs: CPU per order, bytes per order). */
export function absoluteTarget(what: string, measured: number, bound: 'atLeast' | 'atMost', limit: number, unit: string): TargetCheck {
  const pass = bound === 'atLeast' ? measured >= limit : measured <= limit;
  return { target: `${what} ${bound === 'atLeast' ? '≥' : '≤'} ${limit} ${unit}`, measured: round(measured), limit, pass };
}

/** `PASS`/`FAIL` lines for a bench's targets, as run.ts prints them. */
export function formatTargets(bench: string, checks: readonly TargetCheck[]): string {
  return checks.map((check) => `${check.pass ? 'PASS' : 'FAIL'} ${bench}: ${check.target} (measured ${check.measured})`).join('\n');
}
