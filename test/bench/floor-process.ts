import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { APPLIANCE_LAUNCHER } from '../support/appliance-process.js';

/**
 * The node flags and allocator settings the production launcher gives the appliance, read from the
 * launcher itself so a floor runs on the same runtime as the thing it is the floor of and the
 * list stays in one place.
 */
export function launcherRuntime(): { execArgv: string[]; glibcTunables: string } {
  const script = readFileSync(APPLIANCE_LAUNCHER, 'utf8');
  const execLine = script.split('\n').find((line) => line.startsWith('exec node '));
  const tunables = /GLIBC_TUNABLES:-([^}"]+)/.exec(script)?.[1];
  if (!execLine || !tunables) throw new Error(`cannot read the runtime flags from ${APPLIANCE_LAUNCHER}`);
  return { execArgv: execLine.split(/\s+/).filter((word) => /^--[a-z]/.test(word)), glibcTunables: tunables };
}

export interface FloorProcess<Ready extends { port: number } = { port: number }> {
  proc: ChildProcess;
  port: number;
  /** The first message the process sent: `{ port }` and whatever else it announces. */
  ready: Ready;
  stop(): Promise<void>;
}

/**
 * Starts a floor server or another bench peer (a built bench file that sends `{ port, ... }` once
 * listening) with the launcher's runtime flags; `env` is added to this process's environment.
 */
export async function startFloor<Ready extends { port: number } = { port: number }>(file: URL, env: Record<string, string> = {}): Promise<FloorProcess<Ready>> {
  const { execArgv, glibcTunables } = launcherRuntime();
  const proc = fork(file, [], {
    execArgv: [...execArgv, ...(process.env.APPLIANCE_NODE_ARGS?.split(' ').filter(Boolean) ?? [])],
    env: { ...process.env, GLIBC_TUNABLES: glibcTunables, ...env },
    stdio: 'inherit',
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const ready = await new Promise<Ready>((resolve, reject) => {
    proc.once('message', (message: Ready) => resolve(message));
    proc.once('exit', (code) => reject(new Error(`${file.pathname} exited with ${code} before listening`)));
  });
  return {
    proc,
    port: ready.port,
    ready,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}
