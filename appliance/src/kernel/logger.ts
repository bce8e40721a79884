import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'chefia-appliance'): Logger {
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
  });
}
