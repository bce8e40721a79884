import { execFile } from 'node:child_process';
import type { Logger } from './logger.js';

/**
 * systemd's notify protocol, for the store image's unit (`Type=notify`, `WatchdogSec=`): READY=1
 * once the appliance serves (systemd orders the boot check after it), then WATCHDOG=1 every half
 * watchdog interval while the appliance's health checks are not `down`. A hung event loop or a dead
 * database stops the pings and systemd restarts the appliance.
 *
 * The protocol is one datagram on the unix socket named by NOTIFY_SOCKET. Node has no unix datagram
 * sockets, so each message goes through systemd's own `systemd-notify` (the unit sets
 * `NotifyAccess=all` so a child of the appliance may send). For READY=1 it waits until the manager
 * has read the message, which it could otherwise drop when the sender exited first; a watchdog ping
 * does not wait: one lost ping is covered by the next, half an interval later. Under `npm start` and
 * the tests NOTIFY_SOCKET is unset and nothing is sent.
 */
export interface SystemdNotifier {
  /** Tells systemd the appliance is up, then keeps its watchdog fed while `healthy()` holds. */
  ready(): void;
  stop(): void;
}

export interface SystemdNotifyOptions {
  env?: NodeJS.ProcessEnv;
  healthy: () => Promise<boolean>;
  logger: Logger;
}

const NOT_UNDER_SYSTEMD: SystemdNotifier = {
  ready: () => undefined,
  stop: () => undefined,
};

export function systemdNotifier(options: SystemdNotifyOptions): SystemdNotifier {
  const env = options.env ?? process.env;
  const socket = env.NOTIFY_SOCKET;
  if (!socket) return NOT_UNDER_SYSTEMD;
  const send = (message: string, wait: boolean) =>
    new Promise<void>((resolve) => {
      execFile('systemd-notify', wait ? [message] : ['--no-block', message], { env: { ...env, NOTIFY_SOCKET: socket }, timeout: 10_000 }, (error) => {
        if (error) options.logger.warn({ err: error, message }, 'systemd notification failed');
        resolve();
      });
    });
  // WATCHDOG_USEC is set only when the unit has WatchdogSec= and (WATCHDOG_PID) names this process.
  const watchdogUsec = Number(env.WATCHDOG_USEC);
  const watchdogForUs = watchdogUsec > 0 && (!env.WATCHDOG_PID || Number(env.WATCHDOG_PID) === process.pid);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const feed = async () => {
    const ok = await options.healthy().catch(() => false);
    if (stopped) return;
    if (ok) await send('WATCHDOG=1', false);
    else options.logger.warn('health check down: systemd watchdog not fed');
    if (!stopped) timer = setTimeout(feed, watchdogUsec / 2000);
  };
  return {
    ready() {
      void send('READY=1', true);
      if (watchdogForUs && !timer) timer = setTimeout(feed, watchdogUsec / 2000);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
