import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { systemdNotifier } from './systemd-notify.js';

/** A notify socket as systemd opens it (a unix datagram socket), read by socat. */
async function notifySocket(): Promise<{ path: string; received: () => string; close: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-notify-'));
  const path = join(dir, 'notify');
  const child = spawn('socat', ['-u', `UNIX-RECV:${path}`, 'STDOUT'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let received = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    received += chunk.toString();
  });
  for (let i = 0; i < 100 && !existsSync(path); i++) await new Promise((r) => setTimeout(r, 20));
  return {
    path,
    received: () => received,
    close: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

describe('systemd notify (store image unit: Type=notify, WatchdogSec)', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('sends READY=1, feeds the watchdog while healthy and stops feeding it when health is down', async () => {
    const socket = await notifySocket();
    let healthy = true;
    let checks = 0;
    const notifier = systemdNotifier({
      env: { NOTIFY_SOCKET: socket.path, WATCHDOG_USEC: '100000', WATCHDOG_PID: String(process.pid) },
      healthy: async () => {
        checks++;
        return healthy;
      },
      logger: createLogger('silent'),
    });
    cleanups.push(() => notifier.stop(), socket.close);
    notifier.ready();
    await until(() => socket.received().includes('READY=1') && socket.received().includes('WATCHDOG=1'));

    healthy = false;
    const checksWhenDown = checks;
    await until(() => checks >= checksWhenDown + 2);
    const pingsWhenDown = socket.received().split('WATCHDOG=1').length;
    await until(() => checks >= checksWhenDown + 4);
    expect(socket.received().split('WATCHDOG=1').length).toBe(pingsWhenDown);
  }, 20_000);

  it('does nothing outside systemd (no NOTIFY_SOCKET): npm start and the tests', async () => {
    let checks = 0;
    const notifier = systemdNotifier({
      env: { WATCHDOG_USEC: '1000' },
      healthy: async () => {
        checks++;
        return true;
      },
      logger: createLogger('silent'),
    });
    notifier.ready();
    await new Promise((r) => setTimeout(r, 50));
    notifier.stop();
    expect(checks).toBe(0);
  });
});
