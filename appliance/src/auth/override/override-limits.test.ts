import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../kernel/clock.js';
import { kernelMigrations } from '../../kernel/db/kernel-migrations.js';
import { applyMigrations } from '../../kernel/db/migrations.js';
import { openDatabase, type Db } from '../../kernel/db/open.js';
import { CommandBus } from '../../kernel/journal/command-bus.js';
import { JournalStore } from '../../kernel/journal/journal-store.js';
import { authMigrations } from '../migrations.js';
import { recordOverrideFailure, type OverrideFailure } from './override-failures.js';
import { OVERRIDE_LIMITS, OverrideAttempts, type ScopeKey } from './override-limits.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A group-fsync store whose fsyncs the test releases: a commit is visible to reads before its caller hears of it. */
function heldStore() {
  const dir = mkdtempSync(join(tmpdir(), 'chefia-override-'));
  dirs.push(dir);
  const db: Db = openDatabase(join(dir, 'store.db'), 'group-fsync');
  applyMigrations(db, [...kernelMigrations, ...authMigrations]);
  const held: (() => void)[] = [];
  const commands = new CommandBus(db, new JournalStore(db), systemClock, (done) => held.push(done));
  return { db, commands, held };
}

/** A cashier's guesses from one till: counted per requester and per terminal. */
const cashierAtTill: ScopeKey[] = [
  { scope: 'REQUESTER', key: 'user:caixa' },
  { scope: 'TERMINAL', key: 'address:10.0.0.7' },
];
const failure: OverrideFailure = {
  username: 'gerente',
  managerId: null,
  method: 'pin',
  reason: 'NOT_A_MANAGER',
  requestedBy: { type: 'user', id: 'caixa' },
  terminal: 'address:10.0.0.7',
  address: '10.0.0.7',
  scopes: cashierAtTill,
};
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('override admission', () => {
  it('refuses a check over the limit, counting committed failures and the checks still running', async () => {
    const { db, commands, held } = heldStore();
    const attempts = new OverrideAttempts();
    const limit = OVERRIDE_LIMITS.TERMINAL.failures;
    const running = Array.from({ length: limit }, () => attempts.admit(db, cashierAtTill, Date.now()));
    expect(() => attempts.admit(db, cashierAtTill, Date.now())).toThrow(expect.objectContaining({ code: 'RATE_LIMITED', details: expect.objectContaining({ scope: 'REQUESTER' }) }));
    // A check that succeeded gives its slot back without a row: the next one is admitted.
    running[0].release();
    running[0].release();
    const next = attempts.admit(db, cashierAtTill, Date.now());
    const recorded = commands.run('fail', (tx) => recordOverrideFailure(tx, failure, next));
    while (held.length === 0) await turn();
    held.shift()?.();
    await recorded;
    expect(db.prepare('SELECT COUNT(*) FROM override_failures').pluck().get()).toBe(1);
    expect(() => attempts.admit(db, cashierAtTill, Date.now())).toThrow(expect.objectContaining({ code: 'RATE_LIMITED' }));
  });

  it('a failure committed but not yet on storage is counted once, by its row', async () => {
    const { db, commands, held } = heldStore();
    const attempts = new OverrideAttempts();
    const limit = OVERRIDE_LIMITS.TERMINAL.failures;
    for (let i = 0; i < limit - 2; i++) {
      const admission = attempts.admit(db, cashierAtTill, Date.now());
      const recorded = commands.run('fail', (tx) => recordOverrideFailure(tx, failure, admission));
      while (held.length === 0) await turn();
      held.shift()?.();
      await recorded;
    }
    const failing = attempts.admit(db, cashierAtTill, Date.now());
    const recorded = commands.run('fail', (tx) => recordOverrideFailure(tx, failure, failing));
    while (held.length === 0) await turn();
    // Visible to the next check, not yet answered: one guess left before the limit, and it is let through.
    expect(db.prepare('SELECT COUNT(*) FROM override_failures').pluck().get()).toBe(limit - 1);
    const last = attempts.admit(db, cashierAtTill, Date.now());
    expect(() => attempts.admit(db, cashierAtTill, Date.now())).toThrow(expect.objectContaining({ code: 'RATE_LIMITED' }));
    held.shift()?.();
    await recorded;
    last.release();
  });
});
