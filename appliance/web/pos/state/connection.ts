import { signal } from '@preact/signals';

/** True while the appliance does not answer; the status bar says "sem conexão". */
export const offline = signal(false);
