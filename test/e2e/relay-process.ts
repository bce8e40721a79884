import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { testCostEnv } from '../../appliance/src/kernel/testing/test-costs.js';

export interface ChildHandle {
  proc: ChildProcess;
  logs: string[];
  /** Resolves with the exit once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

function handle(proc: ChildProcess, logs: string[]): ChildHandle {
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    logs,
    async kill(signal = 'SIGKILL') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/**
 * Starts the BUILT relay (`dist/`) as a child process and resolves once it logged `ready`. Node flags
 * come from `RELAY_NODE_ARGS`, so a bench's nodes can be profiled as they are
 * (`RELAY_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" node dist/test/bench/relay-chain.js`).
 */
export function spawnRelay(env: Record<string, string>, readyTimeoutMs = 20_000): Promise<ChildHandle & { httpPort: number }> {
  const nodeArgs = process.env.RELAY_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  return spawnBuiltEntry('relay', repoRoot(), join('cloud-relay', 'src', 'main.js'), { RELAY_HTTP_HOST: '127.0.0.1', RELAY_LOG_LEVEL: 'info', ...env }, readyTimeoutMs, nodeArgs);
}

/** Starts the BUILT appliance with replication (relay-appliance-main.js) and resolves once it logged `ready`. */
export function spawnReplicatingAppliance(env: Record<string, string>, readyTimeoutMs = 30_000): Promise<ChildHandle & { httpPort: number }> {
  return spawnBuiltEntry(
    'appliance',
    repoRoot(),
    join('test', 'e2e', 'relay-appliance-main.js'),
    { CHEFIA_HOST: '127.0.0.1', CHEFIA_HTTP_PORT: '0', CHEFIA_MQTT_PORT: '0', CHEFIA_LOG_LEVEL: 'info', ...testCostEnv(), ...env },
    readyTimeoutMs,
  );
}

/**
 * Starts a built entry under `<root>/dist/` from `root` (with `nodeArgs` before it), with only PATH
 * and HOME from this process plus `env`, and resolves with the HTTP port from its JSON `ready` log line.
 */
export async function spawnBuiltEntry(
  label: string,
  root: string,
  distEntry: string,
  env: Record<string, string>,
  readyTimeoutMs: number,
  nodeArgs: string[] = [],
): Promise<ChildHandle & { httpPort: number }> {
  const proc = spawn(process.execPath, [...nodeArgs, join(root, 'dist', distEntry)], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  proc.stderr!.on('data', (chunk) => logs.push(String(chunk)));
  const httpPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A process that never got ready is no one's to stop later: end it here.
      proc.kill('SIGKILL');
      reject(new Error(`${label} not ready in time\n${logs.join('\n')}`));
    }, readyTimeoutMs);
    createInterface({ input: proc.stdout! }).on('line', (line) => {
      logs.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'ready') {
          clearTimeout(timer);
          resolve(entry.httpPort);
        }
      } catch {
        /* kept in logs */
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code} before ready\n${logs.join('\n')}`));
    });
  });
  return { ...handle(proc, logs), httpPort };
}

/** Starts the built journal sender (relay-sender-process.js) shipping a SQLite journal to the relay. */
export function spawnSender(env: { dbFile: string; relayUrl: string; storeId: string; credential: string; batchEvents: number }): ChildHandle {
  const proc = spawn(process.execPath, [join(repoRoot(), 'dist', 'test', 'e2e', 'relay-sender-process.js')], {
    cwd: repoRoot(),
    env: {
      PATH: process.env.PATH ?? '',
      SENDER_DB: env.dbFile,
      SENDER_RELAY_URL: env.relayUrl,
      SENDER_STORE_ID: env.storeId,
      SENDER_CREDENTIAL: env.credential,
      SENDER_BATCH_EVENTS: String(env.batchEvents),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  proc.stdout!.on('data', (chunk) => logs.push(String(chunk)));
  proc.stderr!.on('data', (chunk) => logs.push(String(chunk)));
  return handle(proc, logs);
}
