import { pathToFileURL } from 'node:url';

export interface RunningSimulator {
  stop(): Promise<void>;
}

/**
 * Starts a simulator from its `main` when its file is the process entry point
 * (`node dist/.../simulator.js ...`), and not when tests import it. SIGINT and
 * SIGTERM stop it cleanly; a bad option ends the process with the message.
 */
export function runWhenEntryPoint(moduleUrl: string, main: () => Promise<RunningSimulator>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  main().then(
    (simulator) => {
      const stop = () => void simulator.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: Error) => {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    },
  );
}

/** A command-line option that must be one of a fixed list (a typo would otherwise run a different scenario). */
export function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) throw new Error(`--${option} must be one of: ${allowed.join(', ')}`);
  return value as T;
}
