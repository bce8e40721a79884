import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../appliance/src/kernel/paths.js';
import { testCostEnv } from '../../appliance/src/kernel/testing/test-costs.js';

export interface ApplianceProcess {
  proc: ChildProcess;
  pid: number;
  dataDir: string;
  httpPort: number;
  mqttPort: number;
  baseUrl: string;
  /** Every stdout line so far (pino JSON). */
  logs: string[];
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  dataDir?: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /**
   * Node flags added to the launcher's; by default from `APPLIANCE_NODE_ARGS` so a bench
   * can be profiled as is (`APPLIANCE_NODE_ARGS="--cpu-prof" npm run bench kds-latency`).
   */
  nodeArgs?: string[];
  /**
   * Where the appliance is installed (its `appliance/bin` launcher, `dist`, `node_modules`): by
   * default this checkout; a staged copy laid out like the OS image's `/opt/chefia` otherwise.
   */
  installDir?: string;
}

export const TEST_ADMIN_PASSWORD = 'Admin#2026x';

/** The production launcher (runtime flags and allocator settings live there, and only there). */
export const APPLIANCE_LAUNCHER = join(repoRoot(), 'appliance', 'bin', 'chefia-appliance');

/**
 * Starts the BUILT appliance (`dist/`, made by `npm run build`) as a real child process on
 * ephemeral ports and resolves once it logged `ready`.
 */
export async function spawnAppliance(options: SpawnOptions = {}): Promise<ApplianceProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'chefia-e2e-'));
  const extraArgs = options.nodeArgs?.join(' ') ?? process.env.APPLIANCE_NODE_ARGS ?? '';
  const installDir = options.installDir ?? repoRoot();
  const proc = spawn(join(installDir, 'appliance', 'bin', 'chefia-appliance'), [], {
    cwd: installDir,
    env: {
      // The launcher runs `node` from PATH: the same binary as this process.
      PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
      CHEFIA_NODE_ARGS: extraArgs,
      HOME: process.env.HOME ?? '',
      // Runtime flags (e.g. V8 heap sizes) reach the appliance as they would under systemd.
      ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      CHEFIA_DATA_DIR: dataDir,
      CHEFIA_HOST: '127.0.0.1',
      CHEFIA_HTTP_PORT: '0',
      CHEFIA_MQTT_PORT: '0',
      CHEFIA_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      CHEFIA_LOG_LEVEL: 'info',
      ...testCostEnv(),
      // Benches compare the two durability modes of the same build (docs/performance.md).
      ...(process.env.CHEFIA_DURABILITY ? { CHEFIA_DURABILITY: process.env.CHEFIA_DURABILITY } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let stderr = '';
  proc.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
    return exited;
  };
  const removeOwnDataDir = () => {
    if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  const ready = await new Promise<{ httpPort: number; mqttPort: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A process that never got ready is no one's to stop later: end it here.
      proc.kill('SIGKILL');
      reject(new Error(`appliance not ready in time\n${stderr}\n${logs.join('\n')}`));
    }, options.readyTimeoutMs ?? 20_000);
    const lines = createInterface({ input: proc.stdout! });
    lines.on('line', (line) => {
      logs.push(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'ready') {
          clearTimeout(timer);
          resolve({ httpPort: entry.httpPort, mqttPort: entry.mqttPort });
        }
      } catch {
        /* non-JSON output is kept in logs for diagnosis */
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`appliance exited with ${code} before ready\n${stderr}\n${logs.join('\n')}`));
    });
  }).catch(async (error: unknown) => {
    // A run that failed to start must not leave an appliance (and its data) behind.
    await kill('SIGKILL');
    removeOwnDataDir();
    throw error;
  });

  return {
    proc,
    pid: proc.pid!,
    dataDir,
    ...ready,
    baseUrl: `http://127.0.0.1:${ready.httpPort}`,
    logs,
    kill,
    async stop() {
      await kill('SIGTERM');
      removeOwnDataDir();
    },
  };
}
