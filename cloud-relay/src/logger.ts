import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'chefia-relay' }, timestamp: pino.stdTimeFunctions.isoTime });
}
