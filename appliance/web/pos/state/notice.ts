import { signal } from '@preact/signals';

/** The one-line message under the status bar: what just happened, or what to do next. */
export const notice = signal<{ kind: 'info' | 'error'; text: string } | null>(null);

let timer: ReturnType<typeof setTimeout> | undefined;

export function tell(kind: 'info' | 'error', text: string): void {
  notice.value = { kind, text };
  clearTimeout(timer);
  timer = setTimeout(() => {
    notice.value = null;
  }, 6000);
}
