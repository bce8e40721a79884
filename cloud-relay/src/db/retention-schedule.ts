/**
 * Runs a retention's `forget` a minute after start and then hourly, as the store's own purges run:
 * a record crosses its cutoff at any hour, and an hour more of a person's data is the most kept.
 * `onForgotten` hears only a run that forgot something (the counts `forget` answers).
 */
export function scheduleRetention<Counts extends object>(
  forget: () => Promise<Counts>,
  options: { onError: (error: unknown) => void; onForgotten: (forgotten: Counts) => void },
): { stop(): void } {
  const run = async () => {
    try {
      const forgotten = await forget();
      if (Object.values(forgotten).some((count) => count > 0)) options.onForgotten(forgotten);
    } catch (error) {
      options.onError(error);
    }
  };
  const first = setTimeout(run, 60_000);
  const timer = setInterval(run, 60 * 60_000);
  first.unref();
  timer.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
