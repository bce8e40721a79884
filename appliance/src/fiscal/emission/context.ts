import type Database from 'better-sqlite3';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import type { SefazClient } from '../sefaz/sefaz-client.js';
import type { A1Certificate } from '../signing/certificate.js';

export interface FiscalEvent {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: unknown;
}

/** The part of the kernel's command transaction fiscal uses. */
export interface FiscalTx {
  readonly db: Database.Database;
  readonly now: Date;
  readonly nowIso: string;
  emit(event: FiscalEvent): unknown;
}

/** The kernel command bus (ctx.commands): runs fn in one SQLite transaction with its journal events. */
export interface FiscalCommands {
  run<T>(name: string, fn: (tx: FiscalTx) => T): Promise<T>;
}

export interface FiscalContext {
  db: Database.Database;
  commands: FiscalCommands;
  config: EmitterConfig;
  certificate: A1Certificate;
  client: SefazClient;
  newId(): string;
  now(): Date;
}

export const DOCUMENT_AGGREGATE = 'fiscal_document';
