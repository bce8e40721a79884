import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SatSettings } from '../document-type-settings.js';
import type { FiscalCommands } from '../emission/context.js';
import { referencePaths } from '../shared/reference-paths.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { SatEmitter } from './sat-emitter.js';
import type { SatLibrary } from './sat-library.js';

const firstLine = (fn: string, file: string) => readFileSync(join(referencePaths.satDir(), 'satcfe-testdata', fn, file), 'utf8').split('\n')[0].trim();

/**
 * Crash safety of a CF-e sale (docs/fiscal.md "Document type"): the sale's session is committed
 * before EnviarDadosVenda; if the appliance dies after the equipment answered, the next attempt asks
 * ConsultarUltimaSessaoFiscal and keeps that CF-e "instead of selling twice". The ER SAT answers
 * that query with 19003 "Não existe sessão fiscal" when there is none, but also with 19098 "SAT em
 * processamento. Tente novamente." (the equipment is still busy, e.g. finishing that very sale)
 * and 19099. Only "no fiscal session" says the sale never reached the equipment; "busy, try again"
 * leaves the sale unknown: the attempt fails with FISCAL_SAT_LAST_SALE_UNKNOWN (the backlog retries
 * it) and the sale is not sent again until the equipment answers.
 */
describe.runIf(referencePresent())('CF-e recovery while the SAT answers "em processamento"', () => {
  let h: ServiceHarness;
  const settings: SatSettings = { libraryPath: '/not/used', activationCode: '87654321', softwareHouseCnpj: '16716114000172', signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 3 };
  let sales = 0;
  let lastSession = '19003|Não existe sessão fiscal';

  const library = (): SatLibrary =>
    ({
      consultarStatusOperacional: () => firstLine('consultarstatusoperacional', 'respostas-de-sucesso.txt'),
      enviarDadosVenda: () => {
        sales += 1;
        return firstLine('enviardadosvenda', 'respostas-de-sucesso.txt');
      },
      consultarUltimaSessaoFiscal: (session: number) => `${String(session).padStart(6, '0')}|${lastSession}||`,
    }) as unknown as SatLibrary;

  beforeAll(() => {
    h = startServiceHarness(testEmitterConfig());
  });
  afterAll(() => h.close());

  it('does not send the sale again while the equipment is busy, and asks again on the next attempt', async () => {
    // The equipment sells, then the power goes before the CF-e is stored.
    const cut: FiscalCommands = { run: (name, fn) => (name === 'fiscal.record_cfe' ? Promise.reject(new Error('power cut')) : h.ctx.commands.run(name, fn)) };
    await expect(new SatEmitter({ ...h.ctx, commands: cut }, settings, async () => library()).emitForOrder(simplesSale('sat-busy'))).rejects.toThrow('power cut');
    expect(sales).toBe(1);

    // After the restart the equipment is still busy and says so.
    lastSession = '19098|SAT em processamento. Tente novamente.';
    const restarted = new SatEmitter(h.ctx, settings, async () => library());
    await expect(restarted.emitForOrder(simplesSale('sat-busy'))).rejects.toMatchObject({ code: 'FISCAL_SAT_LAST_SALE_UNKNOWN', status: 503 });
    expect(sales).toBe(1);

    // Done and idle, the equipment says it holds no fiscal session: the sale never reached it and is sent.
    lastSession = '19003|Não existe sessão fiscal';
    await restarted.emitForOrder(simplesSale('sat-busy'));
    expect(sales).toBe(2);
  });
});
