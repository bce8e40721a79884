/**
 * SAT / MF-e and the alphanumeric CNPJ (IN RFB 2.229/2024). The CF-e layout 0.08 the equipment
 * takes (CfeDadosVendaAPL_0008.xsd) has `\d{14}` for every CNPJ (ide, emit, dest): unlike the
 * NF-e's PL_010 it has no letters. A store whose own CNPJ is alphanumeric cannot issue a CF-e, so
 * the sale is refused with a stable code and a pt-BR text before the equipment is called, and the
 * fiscal wizard refuses such a CNPJ for a store on SAT / MF-e; a consumer's alphanumeric CNPJ
 * cannot go on a CF-e either.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import { startTestAppliance, type TestAppliance } from '../../kernel/testing/harness.js';
import { satSettingsSchema, type SatSettings } from '../document-type-settings.js';
import { createFiscalModule } from '../index.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import { referencePaths } from '../shared/reference-paths.js';
import { validateXml } from '../shared/xmllint.js';
import { buildSatEmulator } from '../simulators/build-sat-emulator.js';
import { referencePresent, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { storeA1, wizardSettings } from '../test-support/store-certificate.js';
import { buildDadosVenda } from './dados-venda-xml.js';
import { openKoffiSatLibrary } from './open-sat-library.js';
import { SatEmitter } from './sat-emitter.js';

/** The Receita Federal's own example of an alphanumeric CNPJ. */
const ALPHANUMERIC = '12ABC34501DE35';
const SOFTWARE_HOUSE = '16716114000172';
/** What a call throws; sale checks (computeSale's too) throw before any promise is made. */
function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}
const satSchema = () => join(referencePaths.satDir(), 'schemas', 'CfeDadosVendaAPL_0008.xsd');

describe.runIf(referencePresent())('CF-e (SAT / MF-e) of a store with an alphanumeric CNPJ', () => {
  const catalog = new MessageCatalog();
  catalog.add('pt-BR', fiscalMessages);
  let dir: string;
  let settings: SatSettings;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cfe-alphanumeric-'));
    settings = { libraryPath: buildSatEmulator(dir), activationCode: '87654321', softwareHouseCnpj: SOFTWARE_HOUSE, signAC: 'SGR-SAT SISTEMA DE GESTAO E RETAGUARDA DO SAT', checkoutNumber: 1 };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CF-e schema has no letters in a CNPJ: such a dadosVenda is invalid, the numeric one valid', async () => {
    const store = { softwareHouseCnpj: SOFTWARE_HOUSE, signAC: settings.signAC, checkoutNumber: 1, cnpj: ALPHANUMERIC, ie: '111111111111' };
    const alphanumeric = await validateXml(satSchema(), buildDadosVenda(simplesSale('cfe-alfa'), store));
    expect(alphanumeric.valid).toBe(false);
    expect(alphanumeric.output).toContain('CNPJ');
    expect((await validateXml(satSchema(), buildDadosVenda(simplesSale('cfe-num'), { ...store, cnpj: '06157250000116' }))).valid).toBe(true);
  });

  describe('a sale', () => {
    let alphanumericStore: ServiceHarness;
    let numericStore: ServiceHarness;
    let opened = 0;
    const openLibrary = (path: string) => {
      opened += 1;
      return openKoffiSatLibrary(path);
    };

    beforeAll(() => {
      alphanumericStore = startServiceHarness(testEmitterConfig({ cnpj: ALPHANUMERIC }), { dir: mkdtempSync(join(dir, 'alpha-')) });
      numericStore = startServiceHarness(testEmitterConfig(), { dir: mkdtempSync(join(dir, 'num-')) });
    });
    afterAll(() => {
      alphanumericStore.close();
      numericStore.close();
    });

    it('of a store with an alphanumeric CNPJ is refused with its code and pt-BR text, and the equipment is never called', async () => {
      const emitter = new SatEmitter(alphanumericStore.ctx, settings, openLibrary);
      const refusal = thrownBy(() => emitter.emitForOrder(simplesSale('cfe-store-alfa')));
      expect(refusal).toMatchObject({ code: 'FISCAL_SAT_CNPJ_ALPHANUMERIC', status: 422, params: { cnpj: '12.ABC.345/01DE-35' } });
      const { messageKey, params } = refusal as { messageKey: string; params: Record<string, string> };
      expect(catalog.t(messageKey, params)).toBe(
        'O SAT/MF-e não aceita CNPJ com letras: o leiaute do CF-e só tem CNPJ numérico. Uma loja com CNPJ alfanumérico (12.ABC.345/01DE-35) emite NFC-e; troque o tipo de documento fiscal para NFC-e.',
      );
      expect(opened).toBe(0);
      expect(alphanumericStore.db.prepare('SELECT COUNT(*) FROM fiscal_documents').pluck().get()).toBe(0);
      expect(alphanumericStore.db.prepare('SELECT COUNT(*) FROM fiscal_sat_sessions').pluck().get()).toBe(0);
    });

    it('naming a consumer with an alphanumeric CNPJ is refused on a CF-e; the same sale without it is sold', async () => {
      const emitter = new SatEmitter(numericStore.ctx, settings, openLibrary);
      expect(thrownBy(() => emitter.emitForOrder({ ...simplesSale('cfe-consumer-alfa'), consumerCnpj: ALPHANUMERIC }))).toMatchObject({ code: 'FISCAL_SAT_CONSUMER_CNPJ_ALPHANUMERIC', status: 422 });
      expect(opened).toBe(0);
      expect(await emitter.emitForOrder(simplesSale('cfe-consumer-none'))).toMatchObject({ model: 59, status: 'AUTHORIZED' });
    });
  });

  it('the software house CNPJ of the equipment settings is normalized, checked, and numeric only', () => {
    const parse = (softwareHouseCnpj: string) => satSettingsSchema.safeParse({ ...settings, softwareHouseCnpj });
    expect(parse('16.716.114/0001-72').data?.softwareHouseCnpj).toBe(SOFTWARE_HOUSE);
    expect(parse('16716114000173').success).toBe(false);
    expect(parse('12.abc.345/01de-35').success).toBe(false);
  });

  describe('the fiscal wizard of a SAT store', () => {
    let app: TestAppliance;
    let auth: string;
    const put = (body: unknown) =>
      fetch(`${app.baseUrl}/api/v1/fiscal/settings`, { method: 'PUT', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (res) => ({ status: res.status, body: await res.json() }));
    const wizard = (cnpj: string, pfx: Buffer) => wizardSettings(cnpj, pfx, 'senha');

    beforeAll(async () => {
      app = await startTestAppliance([createFiscalModule()]);
      auth = app.bearer(['fiscal.read', 'fiscal.manage']);
    });
    afterAll(() => app.close());

    it('refuses to move it to an alphanumeric CNPJ, in pt-BR, and keeps its settings', async () => {
      expect((await put(wizard('06157250000116', storeA1('06157250000116', 'CANTINA LTDA', 'senha')))).status).toBe(200);
      const file = app.ctx.config.fiscalConfigPath;
      const onSat = { ...JSON.parse(readFileSync(file, 'utf8')), documentType: 'SAT', sat: { ...settings, libraryPath: 'libsat.so' } };
      writeFileSync(file, JSON.stringify(onSat));

      const refused = await put(wizard('12.abc.345/01de-35', storeA1(ALPHANUMERIC, 'CANTINA NOVA LTDA', 'senha')));
      expect([refused.status, refused.body.error.code]).toEqual([422, 'FISCAL_SAT_CNPJ_ALPHANUMERIC']);
      expect(refused.body.error.message).toContain('O SAT/MF-e não aceita CNPJ com letras');
      expect(refused.body.error.message).toContain('12.ABC.345/01DE-35');
      expect(existsSync(file) && JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ cnpj: '06157250000116', documentType: 'SAT' });
    });
  });
});
