import { useEffect, useState } from 'preact/hooks';
import { apiEventStream } from '../../shared/api';
import { manager } from '../state/session';
import { errorText, t } from '../texts';
import { storeTime } from '../state/store-time';

interface LogEntry {
  level: number;
  time: string;
  msg?: string;
  [field: string]: unknown;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const LEVEL_CLASS: Record<number, string> = { 10: 'debug', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'error' };
/** Lines kept on screen; older ones scroll away. */
const SHOWN = 200;

/** What else a line says besides level, time and message, as `key=value`. */
function details(entry: LogEntry): string {
  return Object.entries(entry)
    .filter(([key]) => !['level', 'time', 'msg', 'pid', 'name', 'hostname'].includes(key))
    .map(([key, value]) => `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`)
    .join(' ');
}

/** The appliance's log, live, from the chosen level up (`/logs/stream`, ADMIN only). */
export function LogTailPanel() {
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('info');
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    const abort = new AbortController();
    setEntries([]);
    setError('');
    apiEventStream(
      `/logs/stream?level=${level}`,
      manager.value?.token,
      (data) => setEntries((shown) => [...shown.slice(-(SHOWN - 1)), JSON.parse(data) as LogEntry]),
      abort.signal,
    ).catch((failure) => setError(errorText(failure)));
    return () => abort.abort();
  }, [level]);
  return (
    <section class="card" id="log-tail">
      <h2>
        {t('ADMIN_LOG_TAIL')}
        <label class="inline">
          {t('ADMIN_LOG_LEVEL')}
          <select name="level" value={level} onChange={(e) => setLevel((e.currentTarget as HTMLSelectElement).value as (typeof LEVELS)[number])}>
            {LEVELS.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </h2>
      {error && <p class="error">{error}</p>}
      <ol class="log" aria-live="polite">
        {entries.map((entry, index) => (
          <li key={`${entry.time}-${index}`} class={LEVEL_CLASS[entry.level] ?? 'info'}>
            <time>{storeTime(entry.time)}</time> <strong>{entry.msg ?? ''}</strong> <span>{details(entry)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
