import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../clock.js';
import { applyMigrations } from '../db/migrations.js';
import { kernelMigrations } from '../db/kernel-migrations.js';
import { openDatabase, type Db } from '../db/open.js';
import { WalSyncer } from '../db/wal-sync.js';
import { createLogger } from '../logger.js';
import { CommandBus } from './command-bus.js';
import type { JournalEvent } from './event.js';
import { EventBus } from './event-bus.js';
import { JournalStore } from './journal-store.js';

const dirs: string[] = [];
function openStore(dir = mkdtempSync(join(tmpdir(), 'chefia-bus-')), durability: 'full' | 'group-fsync' = 'full') {
  dirs.push(dir);
  const file = join(dir, 'store.db');
  const db: Db = openDatabase(file, durability);
  applyMigrations(db, kernelMigrations);
  const journal = new JournalStore(db);
  const syncer = durability === 'group-fsync' ? new WalSyncer(`${file}-wal`, (e) => { throw e; }) : null;
  const commands = new CommandBus(db, journal, systemClock, syncer ? (done) => syncer.afterCommit(done) : null);
  const events = new EventBus(db, journal, createLogger('silent'));
  commands.onCommit((committed) => events.publish(committed));
  return { dir, db, journal, commands, events, syncer };
}

/** Even numbers as applied settings, odd ones as rejected settings: two types of one domain. */
const emit = (n: number) => (tx: Parameters<Parameters<CommandBus['run']>[1]>[0]) =>
  tx.emit(
    n % 2 === 0
      ? { type: 'configuration.changed', aggregateType: 'configuration', aggregateId: String(n), payload: { key: String(n), value: n, messageId: `m${n}` } }
      : { type: 'configuration.rejected', aggregateType: 'configuration', aggregateId: String(n), payload: { key: String(n), messageId: `m${n}`, reason: 'UNKNOWN_KEY', detail: null } },
  );

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('event bus', () => {
  it('isolates live subscribers: a throwing or hanging one does not stop the others', async () => {
    const { commands, events, db } = openStore();
    const seen: number[] = [];
    events.subscribe('throws', '*', () => {
      throw new Error('boom');
    });
    events.subscribe('hangs', '*', () => new Promise(() => undefined), 50);
    events.subscribe('records', 'configuration.changed', (e) => void seen.push(Number(e.payload.key)));
    await Promise.all([1, 2, 3, 4].map((n) => commands.run('emit', emit(n))));
    await events.settle();
    expect(seen).toEqual([2, 4]);
    db.close();
  });

  it('delivers to a durable consumer at least once, in seq order, across a restart', async () => {
    const first = openStore();
    const seenBefore: number[] = [];
    first.events.durable('printer', 'configuration.*', (e: JournalEvent) => void seenBefore.push(e.seq));
    for (let n = 1; n <= 5; n++) await first.commands.run('emit', emit(n));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await first.events.stop();
    first.db.close();
    expect(seenBefore).toEqual([1, 2, 3, 4, 5]);

    const second = openStore(first.dir);
    for (let n = 6; n <= 7; n++) await second.commands.run('emit', emit(n));
    const seenAfter: number[] = [];
    second.events.durable('printer', 'configuration.*', (e: JournalEvent) => void seenAfter.push(e.seq));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seenAfter).toEqual([6, 7]);
    second.db.close();
  });

  it('catches a durable consumer up on a rare type across a long journal, one bounded scan after another', async () => {
    const { db, journal, commands, events } = openStore();
    // 10,000 events, one in a thousand of the type the consumer follows: the scans cross several windows.
    const insert = db.prepare(
      "INSERT INTO journal (event_id, type, aggregate_type, aggregate_id, payload, occurred_at) VALUES (?, ?, 'configuration', 'k', '{}', '2026-01-01T00:00:00.000Z')",
    );
    db.transaction(() => {
      for (let n = 1; n <= 10_000; n++) insert.run(`e${n}`, n % 1_000 === 0 ? 'configuration.rejected' : 'configuration.changed');
    })();
    const reads: number[] = [];
    const readMatching = journal.readMatching.bind(journal);
    journal.readMatching = (seq, untilSeq, patterns, limit) => {
      reads.push(untilSeq - seq);
      return readMatching(seq, untilSeq, patterns, limit);
    };
    const seen: number[] = [];
    events.durable('rare', 'configuration.rejected', (e: JournalEvent) => void seen.push(e.seq));
    await commands.run('emit', emit(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await events.stop();
    expect(seen).toEqual([1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 7_000, 8_000, 9_000, 10_000, 10_001]);
    expect(reads.length).toBeGreaterThan(2);
    expect(Math.max(...reads)).toBeLessThanOrEqual(4_096);
    expect(db.prepare("SELECT seq FROM consumer_offsets WHERE name = 'rare'").pluck().get()).toBe(10_001);
    db.close();
  });

  it('keeps a durable consumer in seq order with no gap or repeat while commits race a slow handler', async () => {
    const { commands, events, db } = openStore();
    for (let n = 1; n <= 30; n++) await commands.run('emit', emit(n));
    const seen: number[] = [];
    events.durable('slow', 'configuration.changed', async (e: JournalEvent) => {
      seen.push(e.seq);
      if (e.seq % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    });
    await Promise.all(Array.from({ length: 120 }, (_, i) => commands.run('emit', emit(31 + i))));
    for (let n = 151; n <= 160; n++) await commands.run('emit', emit(n));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await events.stop();
    expect(seen).toEqual(Array.from({ length: 80 }, (_, i) => (i + 1) * 2));
    expect(db.prepare("SELECT seq FROM consumer_offsets WHERE name = 'slow'").pluck().get()).toBe(160);
    db.close();
  });

  it('hands a busy consumer the batches committed meanwhile from memory, and reads the journal when one does not follow on', async () => {
    const { commands, events, journal, db } = openStore();
    let journalReads = 0;
    const readMatching = journal.readMatching.bind(journal);
    journal.readMatching = (...args: Parameters<typeof readMatching>) => {
      journalReads += 1;
      return readMatching(...args);
    };
    const seen: number[] = [];
    let hold: Promise<void> | null = null;
    events.durable('busy', 'configuration.changed', async (e: JournalEvent) => {
      seen.push(Number((e.payload as { key: string }).key));
      if (hold) await hold;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    journalReads = 0;

    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    await commands.run('emit', emit(2));
    for (let n = 3; n <= 12; n++) await commands.run('emit', emit(n));
    hold = null;
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([2, 4, 6, 8, 10, 12]);
    expect(journalReads).toBe(0);

    // An event that reached the journal without being published leaves a gap in what the busy
    // consumer was handed: it reads the journal instead, and misses nothing.
    hold = new Promise<void>((resolve) => (release = resolve));
    await commands.run('emit', emit(14));
    db.transaction(() => journal.append({ type: 'configuration.changed', aggregateType: 'configuration', aggregateId: '16', payload: { key: '16', value: 16, messageId: 'm16' } }, null, null, new Date().toISOString()))();
    await commands.run('emit', emit(18));
    hold = null;
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18]);
    expect(journalReads).toBeGreaterThan(0);
    await events.stop();
    db.close();
  });

  it.each(['full', 'group-fsync'] as const)('acknowledges only committed work and keeps seq contiguous (%s)', async (durability) => {
    const { commands, journal, db, syncer } = openStore(undefined, durability);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, n) =>
        commands.run('maybe', (tx) => {
          emit(n)(tx);
          if (n % 7 === 0) throw new Error('rejected');
          return n;
        }),
      ),
    );
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    expect(accepted).toBe(200 - Math.ceil(200 / 7));
    expect(journal.lastSeq()).toBe(accepted);
    expect(db.prepare('SELECT COUNT(*) FROM journal').pluck().get()).toBe(accepted);
    await commands.drain();
    syncer?.close();
    db.close();
  });
});

describe('durability before acting outside the store', () => {
  /** A bus whose fsyncs are held until the test releases them, one batch each, in order. */
  function heldStore() {
    const dir = mkdtempSync(join(tmpdir(), 'chefia-bus-'));
    dirs.push(dir);
    const db: Db = openDatabase(join(dir, 'store.db'), 'group-fsync');
    applyMigrations(db, kernelMigrations);
    const journal = new JournalStore(db);
    const held: (() => void)[] = [];
    const commands = new CommandBus(db, journal, systemClock, (done) => held.push(done));
    return { db, journal, commands, held };
  }
  const turn = () => new Promise((resolve) => setImmediate(resolve));
  const settledYet = async (promise: Promise<unknown>) => {
    let settled = false;
    void promise.then(() => (settled = true));
    await turn();
    return settled;
  };

  it('durable() waits for the fsync of every batch committed before it, and not for later ones', async () => {
    const { db, commands, held } = heldStore();
    const first = commands.run('first', emit(2));
    while (held.length < 1) await turn();
    const afterFirst = commands.durable();
    const second = commands.run('second', emit(4));
    while (held.length < 2) await turn();
    const afterSecond = commands.durable();
    expect(await settledYet(afterFirst)).toBe(false);
    // Committed and visible to reads, but neither answered nor durable yet.
    expect(db.prepare('SELECT COUNT(*) FROM journal').pluck().get()).toBe(2);
    expect(await settledYet(first)).toBe(false);
    held[0]();
    expect(await settledYet(afterFirst)).toBe(true);
    expect(await settledYet(first)).toBe(true);
    expect(await settledYet(afterSecond)).toBe(false);
    held[1]();
    expect(await settledYet(afterSecond)).toBe(true);
    await second;
    expect(await settledYet(commands.durable())).toBe(true);
    db.close();
  });

  it('tells the batch observer of a commit as COMMIT returns, before the fsync acknowledges it', async () => {
    const { db, commands, held } = heldStore();
    const observed: [number, boolean][] = [];
    let ownBatchDurable: Promise<void> | null = null;
    commands.batchObserver = (size, committed) => {
      observed.push([size, committed]);
      ownBatchDurable = commands.durable();
    };
    const committing = commands.run('one', emit(2));
    while (held.length < 1) await turn();
    expect(observed).toEqual([[1, true]]);
    expect(await settledYet(committing)).toBe(false);
    // durable() asked from the observer covers the batch it is told of (the checkpointer waits on it).
    expect(await settledYet(ownBatchDurable!)).toBe(false);
    held[0]();
    expect(await settledYet(ownBatchDurable!)).toBe(true);
    await committing;
    db.close();
  });

  it('with full durability a commit is on storage when COMMIT returns: durable() never waits', async () => {
    const { db, commands } = openStore();
    const committing = commands.run('one', emit(2));
    expect(await settledYet(commands.durable())).toBe(true);
    await committing;
    expect(await settledYet(commands.durable())).toBe(true);
    db.close();
  });

  it('a durable consumer catching up from the journal handles nothing before it is on storage', async () => {
    const { db, journal, commands, held } = heldStore();
    const committed = commands.run('unsynced', emit(2));
    while (held.length < 1) await turn();
    const events = new EventBus(db, journal, createLogger('silent'), () => commands.durable());
    const handled: number[] = [];
    events.durable('printer', 'configuration.*', (e: JournalEvent) => void handled.push(e.seq));
    for (let i = 0; i < 5; i++) await turn();
    expect(handled).toEqual([]);
    held[0]();
    await committed;
    while (handled.length < 1) await turn();
    expect(handled).toEqual([1]);
    await events.stop();
    db.close();
  });
});

describe('in-transaction reactions', () => {
  it('commit with the command that emitted the event, in one transaction, their events in the same commit', async () => {
    const { commands, db, journal } = openStore();
    db.exec('CREATE TABLE follow_up (key TEXT PRIMARY KEY)');
    commands.react('configuration.changed', (tx, event) => {
      tx.prepare('INSERT INTO follow_up (key) VALUES (?)').run(event.payload.key);
      emit(Number(event.payload.key) + 1)(tx); // a rejected setting: no reaction of its own
    });
    const committed: JournalEvent[][] = [];
    commands.onCommit((events) => committed.push(events));
    const seqBefore = journal.lastSeq();
    await commands.run('test.emit', emit(2));
    expect(db.prepare('SELECT key FROM follow_up').pluck().all()).toEqual(['2']);
    expect(committed.flat().map((e) => [e.type, (e.payload as { key: string }).key])).toEqual([
      ['configuration.changed', '2'],
      ['configuration.rejected', '3'],
    ]);
    expect(journal.lastSeq() - seqBefore).toBe(2);
    expect(commands.stats.batches).toBe(1);
  });

  it('one that throws is rolled back alone, with its events; the command commits and the error is reported', async () => {
    const { commands, db, journal } = openStore();
    db.exec('CREATE TABLE follow_up (key TEXT PRIMARY KEY)');
    const reported: unknown[] = [];
    commands.onListenerError = (error) => void reported.push(error);
    commands.react('configuration.changed', (tx, event) => {
      tx.prepare('INSERT INTO follow_up (key) VALUES (?)').run(event.payload.key);
      emit(99)(tx);
      throw new Error('printer routing gone');
    });
    const seqBefore = journal.lastSeq();
    await commands.run('test.emit', (tx) => {
      emit(4)(tx);
      tx.prepare('INSERT INTO follow_up (key) VALUES (?)').run('command');
    });
    expect(db.prepare('SELECT key FROM follow_up').pluck().all()).toEqual(['command']);
    const appended = journal.readAfter(seqBefore);
    expect(appended.map((e) => [e.type, (e.payload as { key: string }).key])).toEqual([['configuration.changed', '4']]);
    expect(reported).toEqual([expect.objectContaining({ message: 'printer routing gone' })]);
  });
});

describe('commands that may share a commit', () => {
  const keysOf = (events: JournalEvent[]) => events.map((e) => (e.payload as { key: string }).key);

  it('wait for the next batch another command starts and commit in it, ahead of the commands that came after them', async () => {
    const { commands, journal } = openStore();
    const seqBefore = journal.lastSeq();
    const parked = commands.run('bookkeeping', emit(2), { shareCommitWithinMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(commands.stats.batches).toBe(0);
    await Promise.all([parked, commands.run('till', emit(4))]);
    expect(commands.stats.batches).toBe(1);
    expect(keysOf(journal.readAfter(seqBefore))).toEqual(['2', '4']);
  });

  it('join a batch already on its way at once', async () => {
    const { commands } = openStore();
    const till = commands.run('till', emit(2));
    const started = performance.now();
    await Promise.all([till, commands.run('bookkeeping', emit(4), { shareCommitWithinMs: 10_000 })]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(commands.stats.batches).toBe(1);
  });

  it('commit alone once their wait is over, the shortest wait deciding for all parked', async () => {
    const { commands, journal } = openStore();
    const seqBefore = journal.lastSeq();
    const started = performance.now();
    const first = commands.run('bookkeeping', emit(2), { shareCommitWithinMs: 10_000 });
    await commands.run('bookkeeping', emit(4), { shareCommitWithinMs: 40 });
    await first;
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(35);
    expect(waited).toBeLessThan(5_000);
    expect(commands.stats.batches).toBe(1);
    expect(keysOf(journal.readAfter(seqBefore))).toEqual(['2', '4']);
  });

  it('are waited for by drain(), and sent at once by close()', async () => {
    const { commands, journal } = openStore();
    const seqBefore = journal.lastSeq();
    let drained = false;
    const parked = commands.run('bookkeeping', emit(2), { shareCommitWithinMs: 10_000 });
    const draining = commands.drain().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drained).toBe(false);
    const started = performance.now();
    commands.close();
    await Promise.all([parked, draining]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(keysOf(journal.readAfter(seqBefore))).toEqual(['2']);
  });
});
