import { type Signal, signal } from '@preact/signals';
import { ApiError, OfflineError } from './api';
import { IdbLog, type Logged } from './idb-log';

const RETRY_MS = 700;

export type Outcome<R> = { result: R } | { error: unknown };

/**
 * Work the appliance must receive exactly once, kept in IndexedDB until it answered: each entry
 * carries its Idempotency-Keys from before the first try, so an attempt that reached the appliance
 * just before the link (or the appliance) dropped is answered from its stored response instead of
 * being done twice. Entries are replayed in order, each under the operator who made it (the stored
 * response is the same caller's only), and survive a reload of the page; an entry nobody on this
 * page waits for any more (the page was reloaded) is handed to `unattended` once answered. Shared
 * by the terminals that work through Wi-Fi drops (the POS, the waiter's phone); `offline` is the
 * app's "sem conexão" flag.
 */
export class Outbox<E extends { operatorId: string }, R> {
  readonly pending = signal<Logged<E>[]>([]);
  private readonly log: IdbLog<E>;
  private readonly waiting = new Map<number, { resolve: (result: R) => void; reject: (error: unknown) => void }>();
  private draining = false;

  constructor(
    name: string,
    private readonly perform: (entry: E) => Promise<R>,
    private readonly unattended: (entry: E, outcome: Outcome<R>) => void,
    private readonly operatorId: () => string | null,
    private readonly offline: Signal<boolean>,
  ) {
    this.log = new IdbLog<E>(name);
  }

  /** Picks up what an earlier page left unanswered, then sends it if its operator is on. */
  async restore(): Promise<void> {
    this.pending.value = await this.log.list();
    void this.drain();
  }

  /** Stored durably before it returns; `answered` settles when the appliance answered it. */
  async enqueue(entry: E): Promise<{ answered: Promise<R> }> {
    const seq = await this.log.append(entry);
    this.pending.value = [...this.pending.value, { seq, entry }];
    const answered = new Promise<R>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    void this.drain();
    return { answered };
  }

  async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      for (;;) {
        const operatorId = this.operatorId();
        const next = this.pending.value.find((p) => p.entry.operatorId === operatorId);
        if (!next) return;
        let outcome: Outcome<R>;
        try {
          outcome = { result: await this.perform(next.entry) };
          this.offline.value = false;
        } catch (error) {
          if (error instanceof OfflineError) {
            this.offline.value = true;
            await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
            continue;
          }
          // The operator's session ended: the entry waits for their next PIN login.
          if (error instanceof ApiError && error.status === 401) return;
          outcome = { error };
        }
        await this.log.remove(next.seq);
        this.pending.value = this.pending.value.filter((p) => p.seq !== next.seq);
        const waiter = this.waiting.get(next.seq);
        this.waiting.delete(next.seq);
        if (!waiter) this.unattended(next.entry, outcome);
        else if ('result' in outcome) waiter.resolve(outcome.result);
        else waiter.reject(outcome.error);
      }
    } finally {
      this.draining = false;
    }
  }
}
