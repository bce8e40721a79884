import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A pair of connected pseudo-terminals made by socat: bytes written to `a`
 * come out of `b` and vice versa, through the kernel tty layer, so drivers
 * under test use the same serialport code path as with a real RS-232 cable.
 */
export interface PtyPair {
  a: string;
  b: string;
  close(): Promise<void>;
}

const LINK_WAIT_MS = 5_000;

export async function openPtyPair(): Promise<PtyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'chefia-pty-'));
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  const socat = spawn(
    'socat',
    ['-d', '-d', `pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  socat.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // Without this listener a missing socat binary would crash the test worker instead of failing the test.
  socat.on('error', (error) => {
    stderr += `cannot run socat (is the Debian package installed?): ${error.message}`;
  });
  try {
    await waitForLinks(socat, [a, b], () => stderr);
  } catch (error) {
    socat.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    a,
    b,
    async close() {
      await stopProcess(socat);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitForLinks(proc: ChildProcess, links: string[], log: () => string): Promise<void> {
  const deadline = Date.now() + LINK_WAIT_MS;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null || log().startsWith('cannot run socat')) throw new Error(`socat exited early: ${log()}`);
    const present = await Promise.all(links.map((link) => stat(link).then(() => true, () => false)));
    // socat creates the links before it enters its transfer loop; the log line
    // tells us it is ready to move bytes, avoiding a lost first write.
    if (present.every(Boolean) && log().includes('starting data transfer loop')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`socat did not create PTY links in time: ${log()}`);
}

function stopProcess(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', () => resolve());
    proc.kill('SIGTERM');
  });
}
