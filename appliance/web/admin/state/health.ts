import { useEffect, useState } from 'preact/hooks';
import { t } from '../texts';
import { storeDateTime } from './store-time';

export interface HealthCheck {
  status: 'ok' | 'degraded' | 'down';
  [detail: string]: unknown;
}

export interface HealthReport {
  status: HealthCheck['status'];
  checks: Record<string, HealthCheck>;
  uptimeSeconds: number;
}

export const HEALTH_POLL_MS = 2000;

/** `/health` (the kernel's and every module's probes), asked again every two seconds while shown. */
export function useHealth(): { report: HealthReport | null; unreachable: boolean } {
  const [report, setReport] = useState<HealthReport | null>(null);
  const [unreachable, setUnreachable] = useState(false);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const probe = async () => {
      try {
        // 503 still carries the report (status "down"): read the body whatever the status.
        const body = (await (await fetch('/health', { cache: 'no-store' })).json()) as { data: HealthReport };
        if (!stopped) {
          setReport(body.data);
          setUnreachable(false);
        }
      } catch {
        if (!stopped) setUnreachable(true);
      }
      if (!stopped) timer = setTimeout(probe, HEALTH_POLL_MS);
    };
    void probe();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  return { report, unreachable };
}

const mib = (bytes: unknown) => `${Math.round(Number(bytes) / 1048576).toLocaleString('pt-BR')} MiB`;

/** The figures of a check a technician reads first, in pt-BR; unknown checks show their status only. */
export function healthLines(name: string, check: HealthCheck): string[] {
  switch (name) {
    case 'database':
      return [t('ADMIN_HEALTH_LAST_SEQ', { seq: Number(check.lastSeq) }), ...(check.storageFull ? [t('ADMIN_HEALTH_STORAGE_FULL')] : [])];
    case 'broker':
      return [t('ADMIN_HEALTH_CLIENTS', { n: Number(check.clients) })];
    case 'disk':
      return [t('ADMIN_HEALTH_FREE', { size: mib(check.freeBytes) })];
    case 'memory':
      return [t('ADMIN_HEALTH_MEMORY', { rss: mib(check.rssBytes), heap: mib(check.heapUsedBytes) })];
    case 'printing':
      return [t('ADMIN_HEALTH_PRINT_JOBS', { pending: Number(check.pendingJobs), failed: Number(check.failedJobs) })];
    case 'fiscal':
      return [
        t(check.emission === 'on' ? 'ADMIN_HEALTH_FISCAL_ON' : 'ADMIN_HEALTH_FISCAL_OFF'),
        t('ADMIN_HEALTH_FISCAL_BACKLOG', { n: Number(check.backlog ?? 0), contingency: Number(check.contingencyPending ?? 0) }),
        ...(check.oldestPendingSaleAt ? [t('ADMIN_HEALTH_FISCAL_OLDEST', { when: storeDateTime(String(check.oldestPendingSaleAt)) })] : []),
      ];
    case 'replication':
      return check.enrolled ? [t('ADMIN_HEALTH_REPLICATION_LAG', { events: Number(check.events), seconds: Number(check.seconds) })] : [t('ADMIN_HEALTH_REPLICATION_OFF')];
    case 'hardware': {
      const offline = Object.keys((check.offline as Record<string, unknown>) ?? {});
      return [offline.length ? t('ADMIN_HEALTH_HARDWARE_OFFLINE', { ids: offline.join(', ') }) : t('ADMIN_HEALTH_HARDWARE_OK')];
    }
    case 'kitchen':
      return [t('ADMIN_HEALTH_OPEN_TICKETS', { n: Number(check.openTickets) })];
    default:
      return [];
  }
}
