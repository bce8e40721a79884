import type { Page, Request } from 'playwright-core';
import { until } from './until.js';

export interface RequestWatch {
  /** How many matching requests the page started since the watch began. */
  readonly started: number;
  /**
   * Resolves once no matching request is in flight and none started or ended for `quietMs`: what
   * the page sent has been answered, and nothing more followed within that window.
   */
  settled(quietMs: number, timeoutMs?: number): Promise<void>;
}

/**
 * Follows the page's requests that `matches` picks from now on (start it before the action under
 * test), so a test can wait for what the page actually sent to be answered instead of sleeping a fixed time.
 */
export function watchRequests(page: Page, matches: (request: Request) => boolean): RequestWatch {
  let started = 0;
  // Requests already in flight when the watch began are not its to wait for.
  const inFlight = new Set<Request>();
  let lastChangeAt = Date.now();
  page.on('request', (request) => {
    if (!matches(request)) return;
    started += 1;
    inFlight.add(request);
    lastChangeAt = Date.now();
  });
  const ended = (request: Request) => {
    if (!inFlight.delete(request)) return;
    lastChangeAt = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    get started() {
      return started;
    },
    async settled(quietMs, timeoutMs = 15_000) {
      await until(`the page's requests to settle for ${quietMs} ms`, () => (inFlight.size === 0 && Date.now() - lastChangeAt >= quietMs ? true : undefined), timeoutMs);
    },
  };
}
