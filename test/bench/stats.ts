import { readFileSync } from 'node:fs';

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function summarize(latenciesMs: number[]) {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? NaN };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Resident set size of a process in MB, from /proc (Linux). */
export async function rssMb(pid: number): Promise<{ rss: number; peak: number }> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: round(kb('VmRSS') / 1024, 1), peak: round(kb('VmHWM') / 1024, 1) };
}

/**
 * CPU time a process has used so far (user + system, all threads), in ms, from /proc/<pid>/stat
 * (Linux; clock ticks of 10 ms, so read it around loads of a second or more). `reapedChildren` adds
 * what its exited and waited-for children used (a Postgres postmaster's closed backends);
 * `mainThreadOnly` counts the thread that runs the event loop alone, not V8's GC helpers or libuv's
 * pool. Throws once the process is gone.
 */
export function cpuMs(pid: number, options: { reapedChildren?: boolean; mainThreadOnly?: boolean } = {}): number {
  // The main thread's own line is its task entry, whose id is the pid; the process line sums every thread.
  const stat = readFileSync(options.mainThreadOnly ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count fields from the closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  let ticks = Number(fields[11]) + Number(fields[12]);
  if (options.reapedChildren) ticks += Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** USER_HZ, the unit of /proc/<pid>/stat times: 100 on every Linux the appliance and CI run. */
const CLOCK_TICKS_PER_SECOND = 100;
