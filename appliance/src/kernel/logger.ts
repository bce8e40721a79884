import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'chefia-appliance'): Logger {
  return pino({ name, level, timestamp: pino.stdTimeFunctions.isoTime, base: { pid: process.pid } });
}
