import { signal } from '@preact/signals';
import { OfflineError } from '../../shared/api';

/** True while the appliance does not answer; the status bar says "sem conexão". */
export const offline = signal(false);

const RETRY_MS = 700;

/**
 * Runs a call until the appliance answers. Every POST passed here carries an Idempotency-Key made
 * before the first try, so an attempt that reached the appliance before the link dropped is
 * answered from its stored response instead of being done twice.
 */
export async function untilAnswered<T>(attempt: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      const result = await attempt();
      offline.value = false;
      return result;
    } catch (error) {
      if (!(error instanceof OfflineError)) throw error;
      offline.value = true;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}
