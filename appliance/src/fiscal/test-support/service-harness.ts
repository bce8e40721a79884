import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../kernel/clock.js';
import { applyMigrations } from '../../kernel/db/migrations.js';
import { kernelMigrations } from '../../kernel/db/kernel-migrations.js';
import { openDatabase, type Db } from '../../kernel/db/open.js';
import { CommandBus } from '../../kernel/journal/command-bus.js';
import { assertEventMatchesContract } from '../../kernel/journal/event-contract.js';
import { JournalStore } from '../../kernel/journal/journal-store.js';
import { bindVault, PersonalDataVault } from '../../kernel/pii/vault.js';
import type { FiscalContext } from '../emission/context.js';
import { FiscalService } from '../emission/fiscal-service.js';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import { SefazClient } from '../sefaz/sefaz-client.js';
import { loadA1Certificate } from '../signing/certificate.js';
import { fiscalMigrations } from '../store/migrations.js';

export interface ServiceHarness {
  db: Db;
  journal: JournalStore;
  ctx: FiscalContext;
  service: FiscalService;
  file: string;
  /** A new service over the same database file, as after a restart. */
  restart(): ServiceHarness;
  close(): void;
}

/** Real SQLite file + the kernel command bus + the fiscal service, no HTTP. */
export function startServiceHarness(config: EmitterConfig, options: { dir?: string; now?: () => Date; alertBeforeDeadlineMs?: number } = {}): ServiceHarness {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'fiscal-svc-'));
  const file = join(dir, 'store.db');
  const db = openDatabase(file);
  applyMigrations(db, [...kernelMigrations, ...fiscalMigrations]);
  bindVault(db, PersonalDataVault.open(dir));
  const journal = new JournalStore(db);
  const commands = new CommandBus(db, journal, systemClock);
  commands.checkEvent = assertEventMatchesContract;
  const certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
  const ctx: FiscalContext = {
    db,
    commands,
    config,
    certificate,
    client: new SefazClient(config, certificate),
    newId: randomUUID,
    now: options.now ?? (() => new Date()),
  };
  const service = new FiscalService(ctx, { alertBeforeDeadlineMs: options.alertBeforeDeadlineMs });
  return {
    db,
    journal,
    ctx,
    service,
    file,
    restart() {
      commands.close();
      db.close();
      return startServiceHarness(config, { ...options, dir });
    },
    close() {
      commands.close();
      if (db.open) db.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
