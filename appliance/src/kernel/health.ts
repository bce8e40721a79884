import { freeBytes } from './db/storage-full.js';

export type HealthStatus = 'ok' | 'degraded' | 'down';
export interface HealthCheck {
  status: HealthStatus;
  [detail: string]: unknown;
}
export type HealthProbe = () => HealthCheck | Promise<HealthCheck>;

const MIN_FREE_DISK_BYTES = 512 * 1024 * 1024;

/** Named probes; the worst status wins. Modules add their own (e.g. replication lag). */
export class HealthRegistry {
  private readonly probes = new Map<string, HealthProbe>();

  add(name: string, probe: HealthProbe): void {
    this.probes.set(name, probe);
  }

  async report(): Promise<{ status: HealthStatus; checks: Record<string, HealthCheck> }> {
    const checks: Record<string, HealthCheck> = {};
    for (const [name, probe] of this.probes) {
      try {
        checks[name] = await probe();
      } catch (error) {
        checks[name] = { status: 'down', error: (error as Error).message };
      }
    }
    const statuses = Object.values(checks).map((c) => c.status);
    const status: HealthStatus = statuses.includes('down') ? 'down' : statuses.includes('degraded') ? 'degraded' : 'ok';
    return { status, checks };
  }
}

export function diskProbe(dir: string): HealthProbe {
  return () => {
    const free = freeBytes(dir);
    return { status: free < MIN_FREE_DISK_BYTES ? 'degraded' : 'ok', freeBytes: free };
  };
}

export function memoryProbe(): HealthProbe {
  return () => {
    const usage = process.memoryUsage();
    return { status: 'ok', rssBytes: usage.rss, heapUsedBytes: usage.heapUsed };
  };
}
