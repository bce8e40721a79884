/**
 * A CF-e (SAT / MF-e) lists at most 500 items: the layout 0.08 the equipment validates
 * (CfeDadosVendaAPL_0008.xsd) has `det maxOccurs="500"`, while the NFC-e takes 990. A bigger sale
 * is refused before the equipment is called, with a stable code and a pt-BR text that names the
 * document and its limit; the same sale on an NFC-e store is fine. A sale the equipment itself
 * refuses for its content (06010, 06005) is a refusal of the sale's data, like SEFAZ's: it does not
 * hold back the sales behind it as a failure that may pass would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../kernel/errors.js';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import type { SatSettings } from '../document-type-settings.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import { computeSale } from '../nfce/compute-sale.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { referencePaths } from '../shared/reference-paths.js';
import { validateXml } from '../shared/xmllint.js';
import { buildSatEmulator } from '../simulators/build-sat-emulator.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { buildDadosVenda } from './dados-venda-xml.js';
import { KoffiSatLibrary } from './koffi-sat-library.js';
import { SatDevice } from './sat-device.js';
import { SatEmitter } from './sat-emitter.js';
import type { SatLibrary } from './sat-library.js';

const SOFTWARE_HOUSE = '16716114000172';
const satSchema = () => join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaAPL_0008.xsd');

/** A sale of `count` lines of one R$ 1,00 item, paid in cash. */
function saleOf(orderId: string, count: number): FiscalSale {
  const [item] = simplesSale().items;
  return {
    orderId,
    items: Array.from({ length: count }, (_, i) => ({ ...item, code: `ITEM-${i + 1}`, quantity: 1, unitPriceCents: 100 })),
    payments: [{ method: 'CASH', amountCents: count * 100 }],
  };
}

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.runIf(referencePresent())('a CF-e sale of more than 500 items', () => {
  const catalog = new MessageCatalog();
  catalog.add('pt-BR', fiscalMessages);
  let dir: string;
  let settings: SatSettings;
  let h: ServiceHarness;
  let probe: KoffiSatLibrary;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cfe-500-items-'));
    settings = { libraryPath: buildSatEmulator(dir), activationCode: '87654321', softwareHouseCnpj: SOFTWARE_HOUSE, signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 1 };
    h = startServiceHarness(testEmitterConfig(), { dir });
    probe = new KoffiSatLibrary(settings.libraryPath);
  });
  afterAll(() => {
    h?.close();
    probe?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the CF-e layout takes 500 items and no more', async () => {
    const store = { softwareHouseCnpj: SOFTWARE_HOUSE, signAC: settings.signAC, checkoutNumber: 1, cnpj: '06157250000116', ie: '111111111111' };
    expect((await validateXml(satSchema(), buildDadosVenda(saleOf('cfe-500', 500), store))).valid).toBe(true);
    const tooMany = thrownBy(() => buildDadosVenda(saleOf('cfe-501', 501), store));
    expect(tooMany).toMatchObject({ code: 'FISCAL_SALE_TOO_MANY_ITEMS', status: 422 });
  });

  it('is refused before the equipment is called, with a pt-BR text naming the CF-e and its limit', async () => {
    const emitter = new SatEmitter(h.ctx, settings);
    await emitter.emitForOrder(simplesSale('cfe-small')); // activates the new equipment
    const lastCfeBefore = new SatDevice(probe, settings.activationCode).status().fields.lastCfe;
    const refused = thrownBy(() => emitter.emitForOrder(saleOf('cfe-big', 501)));
    expect(refused).toBeInstanceOf(AppError);
    const error = refused as AppError;
    expect(error).toMatchObject({ code: 'FISCAL_SALE_TOO_MANY_ITEMS', status: 422 });
    expect(catalog.t(error.messageKey, error.params)).toBe('O CF-e do SAT/MF-e aceita no máximo 500 itens por venda; esta venda tem 501.');
    expect(new SatDevice(probe, settings.activationCode).status().fields.lastCfe).toBe(lastCfeBefore);
    expect(h.db.prepare('SELECT COUNT(*) FROM fiscal_sat_sessions').pluck().get()).toBe(0);
  });

  it('an NFC-e still takes up to 990 items, and names its own limit past them', () => {
    expect(computeSale(saleOf('nfce-990', 990), 65).totalCents).toBe(99_000);
    const error = thrownBy(() => computeSale(saleOf('nfce-991', 991), 65)) as AppError;
    expect(error).toMatchObject({ code: 'FISCAL_SALE_TOO_MANY_ITEMS', status: 422 });
    expect(catalog.t(error.messageKey, error.params)).toBe('A NFC-e aceita no máximo 990 itens por venda; esta venda tem 991.');
  });

  it('a sale the equipment refuses for its content is a 422 refusal with the equipment\'s reason', async () => {
    const failures = readFileSync(join(referencePaths.satDir(), 'satcfe-testdata', 'enviardadosvenda', 'respostas-de-falha.txt'), 'utf8').split('\n');
    const answer = (code: string) => failures.find((line) => line.split('|')[1] === code)!.trim();
    const equipment = (refusal: string): SatLibrary =>
      ({
        consultarStatusOperacional: (session: number, code: string) => probe.consultarStatusOperacional(session, code),
        enviarDadosVenda: () => answer(refusal),
      }) as unknown as SatLibrary;
    for (const [code, reason] of [['06010', 'Erro de validação do conteúdo'], ['06005', 'Tamanho do CF-e-SAT superior a 1.500KB']]) {
      const emitter = new SatEmitter(h.ctx, settings, async () => equipment(code));
      const refused = await emitter.emitForOrder(simplesSale(`cfe-refused-${code}`)).catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: 'FISCAL_SAT_SALE_REFUSED', status: 422, details: { satCode: code } });
      const error = refused as AppError;
      expect(catalog.t(error.messageKey, error.params)).toBe(`O SAT/MF-e recusou a venda (${code}: ${reason}): ela fica entre as vendas sem nota até que os dados dos produtos sejam corrigidos ou um gerente dispense a nota.`);
    }
  });
});
