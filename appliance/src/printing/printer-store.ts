import type { Db } from '../kernel/db/open.js';
import { prepareCached } from '../kernel/db/statements.js';
import { printerConfigSchema, type PrinterConfig } from '../devices/printer/printer-config.js';

interface PrinterRow {
  id: string;
  name: string;
  profile_id: string;
  connection: string;
  backup_printer_id: string | null;
  created_at: string;
  updated_at: string;
}

const toConfig = (row: PrinterRow): PrinterConfig =>
  printerConfigSchema.parse({
    id: row.id,
    name: row.name,
    profileId: row.profile_id,
    connection: JSON.parse(row.connection),
    backupPrinterId: row.backup_printer_id ?? undefined,
  });

export function findPrinterConfig(db: Db, id: string): PrinterConfig | null {
  // Read twice for every receipt (queued, then sent): compiled once.
  const row = prepareCached(db, 'SELECT * FROM printers WHERE id = ?').get(id) as PrinterRow | undefined;
  return row ? toConfig(row) : null;
}

export function listPrinterConfigs(db: Db): PrinterConfig[] {
  return (db.prepare('SELECT * FROM printers ORDER BY id').all() as PrinterRow[]).map(toConfig);
}

export function savePrinterConfig(db: Db, config: PrinterConfig, nowIso: string): void {
  db.prepare(
    `INSERT INTO printers (id, name, profile_id, connection, backup_printer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, profile_id = excluded.profile_id, connection = excluded.connection,
       backup_printer_id = excluded.backup_printer_id, updated_at = excluded.updated_at`,
  ).run(config.id, config.name, config.profileId, JSON.stringify(config.connection), config.backupPrinterId ?? null, nowIso, nowIso);
}
