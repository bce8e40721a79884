import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SatSettings } from '../document-type-settings.js';
import type { FiscalCommands } from '../emission/context.js';
import { buildSatEmulator } from '../simulators/build-sat-emulator.js';
import { getDocument } from '../store/documents.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { KoffiSatLibrary } from './koffi-sat-library.js';
import { SatDevice } from './sat-device.js';
import { SatEmitter } from './sat-emitter.js';

describe.runIf(referencePresent())('CF-e emission on payment through the SAT library (in-repo emulator over koffi)', () => {
  let dir: string;
  let h: ServiceHarness;
  let settings: SatSettings;
  let probe: KoffiSatLibrary;
  const lastCfe = () => new SatDevice(probe, settings.activationCode).status().fields.lastCfe;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sat-emitter-'));
    settings = { libraryPath: buildSatEmulator(dir), activationCode: '87654321', softwareHouseCnpj: '16716114000172', signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 3 };
    h = startServiceHarness(testEmitterConfig(), { dir });
    probe = new KoffiSatLibrary(settings.libraryPath);
  });
  afterAll(() => {
    h.close();
    probe.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('activates new equipment, stores the CF-e with its event, and a replay sells nothing twice', async () => {
    const emitter = new SatEmitter(h.ctx, settings);
    const doc = await emitter.emitForOrder(simplesSale('sat-1'));
    expect(doc).toMatchObject({ model: 59, status: 'AUTHORIZED', totalCents: 9635 });
    expect(doc.accessKey.slice(20, 22)).toBe('59');
    const row = getDocument(h.db, doc.id)!;
    expect(row.proc_xml).toContain(`<infCFe Id="CFe${doc.accessKey}"`);
    expect(row.proc_xml).toContain('<numeroCaixa>003</numeroCaixa>');
    expect(doc.qrCode.startsWith(`${doc.accessKey}|`)).toBe(true);
    expect((await emitter.emitForOrder(simplesSale('sat-1'))).id).toBe(doc.id);
    expect(lastCfe()).toBe(doc.accessKey);
    expect(h.journal.readAfter(0).filter((e) => e.type === 'fiscal.cfe_issued')).toHaveLength(1);
    expect(h.db.prepare('SELECT COUNT(*) FROM fiscal_sat_sessions').pluck().get()).toBe(0);
  });

  it('after a crash between the equipment and the database, finds the sale on the equipment instead of selling again', async () => {
    // The power goes before the CF-e is stored: that command never commits.
    const cut: FiscalCommands = {
      run: (name, fn) => (name === 'fiscal.record_cfe' ? Promise.reject(new Error('power cut')) : h.ctx.commands.run(name, fn)),
    };
    await expect(new SatEmitter({ ...h.ctx, commands: cut }, settings).emitForOrder(simplesSale('sat-2'))).rejects.toThrow('power cut');
    const soldByEquipment = lastCfe();
    expect(h.db.prepare("SELECT COUNT(*) FROM fiscal_documents WHERE order_id = 'sat-2'").pluck().get()).toBe(0);

    const restarted = new SatEmitter(h.ctx, settings);
    const doc = await restarted.emitForOrder(simplesSale('sat-2'));
    expect(doc.accessKey).toBe(soldByEquipment);
    expect(lastCfe()).toBe(soldByEquipment); // no second sale on the equipment
    const next = await restarted.emitForOrder(simplesSale('sat-3'));
    expect(next.number).toBe(doc.number + 1);
  });
});
