/**
 * A store whose own CNPJ is alphanumeric (IN RFB 2.229/2024, issued since July 2026): twelve
 * characters [0-9A-Z] and two numeric check digits. The manager types it as the Receita prints it
 * (12.ABC.345/01DE-35, in lower case too); the store keeps it canonical, configures the NFC-e with
 * its e-CNPJ and issues NFC-e whose XML follows the PL_010 layout (TCnpj and TChNFe with letters,
 * NT 2025.001) and whose access key check digit counts each character as its ASCII code minus 48.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFiscalModule, fiscalReferenceAvailable, referencePaths } from '../fiscal/index.js';
import { storeA1, wizardSettings } from '../fiscal/test-support/store-certificate.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { registerStoreProfileRoutes } from './store-profile-routes.js';

/** The Receita Federal's own example of an alphanumeric CNPJ. */
const CNPJ = '12ABC34501DE35';

/** The access key's check digit as NT 2025.001 defines it, computed here apart from the emitter's code. */
function keyCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (2 + (i % 8));
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** xmllint against the official schema, as SEFAZ validates what it receives. */
function schemaErrors(schema: string, xml: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe.runIf(fiscalReferenceAvailable())('a store with an alphanumeric CNPJ', () => {
  let app: TestAppliance;
  let auth: string;
  /** The NFC-e the store issued: its id and access key. */
  let issued: { id: string; accessKey: string };
  const request = (method: string, path: string, body?: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, { method, headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = async (method: string, path: string, body?: unknown) => {
    const res = await request(method, path, body);
    return { status: res.status, body: await res.json() };
  };
  const pfx = storeA1(CNPJ, 'CANTINA NOVA LTDA', 'senha-da-loja');
  const wizard = (overrides: Record<string, unknown> = {}) => wizardSettings('12.abc.345/01de-35', pfx, 'senha-da-loja', overrides);

  beforeAll(async () => {
    app = await startTestAppliance([{ name: 'store-profile', register: registerStoreProfileRoutes }, createFiscalModule()]);
    auth = app.bearer(['business_day.manage', 'catalog.read', 'fiscal.read', 'fiscal.manage', 'fiscal.cancel']);
  });
  afterAll(() => app.close());

  it('saves its profile with the CNPJ typed with punctuation and in lower case, kept canonical', async () => {
    const saved = await json('PUT', '/store', { name: 'Cantina Nova', legalName: 'Cantina Nova Ltda', cnpj: '12.abc.345/01de-35' });
    expect(saved.status).toBe(200);
    expect(saved.body.data.cnpj).toBe(CNPJ);
    const wrongDigit = await json('PUT', '/store', { name: 'Cantina Nova', cnpj: '12.ABC.345/01DE-36' });
    expect([wrongDigit.status, wrongDigit.body.error.details[0]]).toEqual([400, expect.objectContaining({ path: 'cnpj', message: 'CNPJ inválido (confira os dígitos verificadores)' })]);
  });

  it('configures the NFC-e with its own e-CNPJ, and refuses a wrong check digit', async () => {
    const wrongDigit = await json('PUT', '/fiscal/settings', wizard({ cnpj: '12ABC34501DE36' }));
    expect([wrongDigit.status, wrongDigit.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const saved = await json('PUT', '/fiscal/settings', wizard());
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ configured: true, active: true, cnpj: CNPJ });
  });

  it('issues an NFC-e that SEFAZ authorizes: PL_010 schema-valid, the CNPJ in emit and in the access key with a valid check digit', async () => {
    const emitted = await json('POST', '/fiscal/test-emission');
    expect(emitted.status).toBe(201);
    expect(emitted.body.data).toMatchObject({ model: 65, status: 'AUTHORIZED', cStat: 100 });
    issued = emitted.body.data;
    const key = issued.accessKey;
    expect(key).toMatch(/^\d{6}[0-9A-Z]{12}\d{26}$/);
    expect(key.slice(6, 20)).toBe(CNPJ);
    expect(Number(key[43])).toBe(keyCheckDigit(key.slice(0, 43)));

    const xml = await (await request('GET', `/fiscal/documents/${issued.id}/xml`)).text();
    expect(xml).toContain(`<infNFe Id="NFe${key}"`);
    expect(xml).toContain(`<emit><CNPJ>${CNPJ}</CNPJ>`);
    expect(schemaErrors(join(referencePaths.taxReformSchemaDir(), 'procNFe_v4.00.xsd'), xml)).toBe('');
    // The layout before NT 2025.001 has no letters in a CNPJ: the document needs PL_010.
    expect(schemaErrors(join(referencePaths.nfeSchemaDir(), 'procNFe_v4.00.xsd'), xml)).toContain('CNPJ');
  });

  it('prints the CNPJ formatted on the DANFE NFC-e, and the access key in groups of four', async () => {
    const danfe = await json('GET', `/fiscal/documents/${issued.id}/danfe`);
    expect(danfe.status).toBe(200);
    const lines: string[] = danfe.body.data.lines;
    expect(lines.some((line) => line.includes('CNPJ 12.ABC.345/01DE-35'))).toBe(true);
    expect(lines.some((line) => line.trim() === issued.accessKey.replace(/(.{4})(?=.)/g, '$1 '))).toBe(true);
  });

  it('cancels its NFC-e at SEFAZ: the event names the CNPJ and the key with letters', async () => {
    const cancelled = await json('POST', `/fiscal/documents/${issued.id}/cancel`, { justification: 'Venda lancada em duplicidade no caixa' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.data).toMatchObject({ id: issued.id, status: 'CANCELLED' });
  });
});
