import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createFiscalModule, type FiscalModule } from './index.js';
import { referencePaths } from './shared/reference-paths.js';
import { referencePresent } from './test-support/fixtures.js';

/** The public test A1 of the reference material: CNPJ 06.157.250/0001-16, password in its name. */
const certificate = () => readFileSync(join(referencePaths.certsDir(), 'cert_cnpj_06157250000116_senha_minhasenha.pfx')).toString('base64');

describe.runIf(referencePresent())('fiscal wizard: settings and A1 from the back office, then a test emission', () => {
  let app: TestAppliance;
  let fiscal: FiscalModule;
  let auth: string;
  const request = (method: string, path: string, body?: unknown) =>
    fetch(`${app.baseUrl}/api/v1${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then(async (res) => ({
      status: res.status,
      body: await res.json(),
    }));
  const wizard = (overrides: Record<string, unknown> = {}) => ({
    cnpj: '06157250000116',
    ie: '111222333444',
    legalName: 'Cantina da Nona Ltda',
    crt: 1,
    address: { street: 'Rua Augusta', number: '1500', district: 'Consolacao', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01304001' },
    cscId: '000001',
    cscToken: 'A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4',
    series: 2,
    nextNumber: 41,
    environment: 'simulator',
    certificate: { pfxBase64: certificate(), password: 'minhasenha' },
    ...overrides,
  });

  beforeAll(async () => {
    fiscal = createFiscalModule();
    app = await startTestAppliance([fiscal]);
    auth = app.bearer(['fiscal.read', 'fiscal.manage']);
  });
  afterAll(() => app.close());

  it('starts unconfigured, and refuses a wrong password or another company\'s certificate before writing anything', async () => {
    expect((await request('GET', '/fiscal/settings')).body.data).toMatchObject({ configured: false, active: false, certificate: null });
    const wrongPassword = await request('PUT', '/fiscal/settings', wizard({ certificate: { pfxBase64: certificate(), password: 'errada' } }));
    expect([wrongPassword.status, wrongPassword.body.error.code]).toEqual([422, 'CERTIFICATE_PASSWORD_INVALID']);
    const otherCompany = await request('PUT', '/fiscal/settings', wizard({ cnpj: '11222333000181' }));
    expect([otherCompany.status, otherCompany.body.error.message]).toEqual([422, 'O certificado A1 enviado não é do CNPJ 11222333000181.']);
    expect(existsSync(app.ctx.config.fiscalConfigPath)).toBe(false);
    expect((await request('POST', '/fiscal/test-emission')).body.error.code).toBe('FISCAL_NOT_CONFIGURED');
  });

  it('saves the settings owner-only, turns emission on while running and shows the certificate expiry', async () => {
    const saved = await request('PUT', '/fiscal/settings', wizard());
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ configured: true, active: true, environment: 'simulator', cnpj: '06157250000116', series: 2, cscId: '000001' });
    expect(saved.body.data.certificate).toMatchObject({ notAfter: '2034-06-05T14:56:44.000Z', expiringSoon: false });
    expect(saved.body.data.certificate.subject).toContain('06.157.250/0001-16');
    const file = app.ctx.config.fiscalConfigPath;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(file, '..', 'a1.pfx')).mode & 0o777).toBe(0o600);
    const event = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'fiscal.settings_changed'").pluck().get() as string;
    expect(event).not.toContain('minhasenha');
    expect(event).not.toContain('A1B2C3D4');
    expect(fiscal.runtime().ctx.config.series).toBe(2);
  });

  it('a test emission is authorized by the SEFAZ simulator, numbered where the series continues', async () => {
    const emitted = await request('POST', '/fiscal/test-emission');
    expect(emitted.status).toBe(201);
    expect(emitted.body.data).toMatchObject({ model: 65, series: 2, number: 41, status: 'AUTHORIZED', cStat: 100 });
    expect(emitted.body.data.protocol).toMatch(/^\d{15}$/);
  });

  it('emission is off from the commit that replaces the settings until they are loaded: no sale is issued with the old ones meanwhile', async () => {
    const emittingAtCommit: boolean[] = [];
    const emitting = () => {
      try {
        fiscal.runtime();
        return true;
      } catch {
        return false;
      }
    };
    // Runs inside the settings' transaction: what a payment's in-transaction issue would meet in the
    // batches that commit before the request resumes (group-fsync).
    app.ctx.commands.react('fiscal.settings_changed', () => void emittingAtCommit.push(emitting()));
    const saved = await request('PUT', '/fiscal/settings', wizard({ series: 3, nextNumber: 7 }));
    expect(saved.status).toBe(200);
    expect(emittingAtCommit).toEqual([false]);
    expect(emitting()).toBe(true);
    expect(fiscal.runtime().ctx.config.series).toBe(3);
  });

  it('refuses a test emission in production', async () => {
    expect((await request('PUT', '/fiscal/settings', wizard({ environment: 'production' }))).body.data).toMatchObject({ environment: 'production' });
    const refused = await request('POST', '/fiscal/test-emission');
    expect([refused.status, refused.body.error.code]).toEqual([409, 'FISCAL_TEST_EMISSION_PRODUCTION']);
  });
});
