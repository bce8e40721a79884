/**
 * Child process for the crash test: emits NFC-e for orders [from, to) into a SQLite file until it
 * is SIGKILLed. Some commands are aborted on purpose inside their transaction (after the number was
 * taken and the row inserted) to prove those roll back without leaving a hole.
 */
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { systemClock } from '../../kernel/clock.js';
import { applyMigrations } from '../../kernel/db/migrations.js';
import { kernelMigrations } from '../../kernel/db/kernel-migrations.js';
import { openDatabase } from '../../kernel/db/open.js';
import { CommandBus } from '../../kernel/journal/command-bus.js';
import { JournalStore } from '../../kernel/journal/journal-store.js';
import { bindVault, PersonalDataVault } from '../../kernel/pii/vault.js';
import type { FiscalCommands } from '../emission/context.js';
import { FiscalService } from '../emission/fiscal-service.js';
import { SefazClient } from '../sefaz/sefaz-client.js';
import { loadA1Certificate } from '../signing/certificate.js';
import { fiscalMigrations } from '../store/migrations.js';
import { activeDocumentForOrder } from '../store/documents.js';
import { crashSale, crashTestConfig } from './crash-sales.js';

const [file, baseUrl, caFile, fromText, toText, abortRateText] = process.argv.slice(2);
const config = await crashTestConfig(baseUrl, caFile);
const db = openDatabase(file);
applyMigrations(db, [...kernelMigrations, ...fiscalMigrations]);
bindVault(db, PersonalDataVault.open(dirname(file)));
const bus = new CommandBus(db, new JournalStore(db), systemClock);
const abortRate = Number(abortRateText);
const commands: FiscalCommands = {
  run: (name, fn) =>
    bus.run(name, (tx) => {
      const result = fn(tx);
      if (name === 'fiscal.issue_nfce' && Math.random() < abortRate) throw new Error('INJECTED_ABORT');
      return result;
    }),
};
const certificate = loadA1Certificate(config.certificate.pfx, config.certificate.password);
const service = new FiscalService({ db, commands, config, certificate, client: new SefazClient(config, certificate), newId: randomUUID, now: () => new Date() });

await service.transmitPending();
for (let n = Number(fromText); n < Number(toText); n++) {
  const orderId = `crash-order-${n}`;
  const existing = activeDocumentForOrder(db, orderId);
  if (existing && existing.status !== 'PENDING') continue; // done before the last kill
  for (;;) {
    try {
      await service.emitForOrder(crashSale(orderId, n));
      break;
    } catch (error) {
      if ((error as Error).message !== 'INJECTED_ABORT') throw error;
    }
  }
  process.stdout.write(`done ${n}\n`);
}
process.stdout.write('finished\n');
bus.close();
db.close();
