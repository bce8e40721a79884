import { pino, type Logger } from 'pino';
import { processLogTail } from './log-tail.js';

export type { Logger };

/** Logs to stdout and, unless silent, into the in-memory tail the service dashboard follows. */
export function createLogger(level: string, name = 'chefia-appliance'): Logger {
  const destination = level === 'silent' ? pino.destination(1) : pino.multistream([{ stream: pino.destination(1), level: 'trace' }, { stream: processLogTail, level: 'trace' }]);
  return pino({
    name,
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    base: { pid: process.pid },
    // Credentials never reach a log line, whatever object a caller logs.
    redact: {
      paths: ['password', 'pin', 'token', 'accessToken', 'refreshToken', 'deviceToken', 'authorization', '*.password', '*.pin', '*.token', '*.accessToken', '*.refreshToken', '*.deviceToken', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
  }, destination);
}
