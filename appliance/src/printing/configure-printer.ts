import { printerProfileFor, type PrinterConfig } from '../devices/printer/printer-config.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import { businessRule } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import { findPrinterConfig, savePrinterConfig } from './printer-store.js';

/** Adds or changes a printer. The profile must be a printer and support the chosen connection. */
export function configurePrinter(tx: CommandTx, config: PrinterConfig, profiles: DeviceProfile[]): PrinterConfig {
  const profile = profiles.find((p) => p.id === config.profileId);
  if (!profile) throw businessRule('PRINTER_PROFILE_NOT_FOUND', { profileId: config.profileId }, { profileId: config.profileId });
  if (profile.kind !== 'printer') throw businessRule('PRINTER_PROFILE_NOT_PRINTER', { profileId: config.profileId }, { profileId: config.profileId });
  printerProfileFor(config, profiles);
  const needs = config.connection.type;
  if (needs !== 'tcp' && !(needs === 'usb' ? profile.transports.usb?.productId : profile.transports.serial)) {
    throw businessRule('PRINTER_TRANSPORT_NOT_SUPPORTED', { profileId: profile.id, connection: needs });
  }
  if (config.backupPrinterId && (config.backupPrinterId === config.id || !findPrinterConfig(tx.db, config.backupPrinterId))) {
    throw businessRule('PRINTER_BACKUP_INVALID', { backupPrinterId: config.backupPrinterId });
  }
  savePrinterConfig(tx.db, config, tx.nowIso);
  tx.emit({ type: 'printer.configured', aggregateType: 'printer', aggregateId: config.id, payload: { printer: config } });
  return config;
}
