/**
 * Runs `task` when the browser is idle after its next frames, or after `timeoutMs` at the latest:
 * for work a screen owes but the person at it does not wait for (a cache write, a mirror).
 */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 0);
}
