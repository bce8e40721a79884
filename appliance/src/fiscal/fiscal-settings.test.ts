import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings, writeDemoSettings } from './fiscal-settings.js';
import { loadA1Certificate } from './signing/certificate.js';

describe('fiscal settings file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fiscal-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the demo settings once, with a loadable self-signed A1 certificate', () => {
    const file = writeDemoSettings(dir);
    const first = readFileSync(file, 'utf8');
    expect(writeDemoSettings(dir)).toBe(file);
    expect(readFileSync(file, 'utf8')).toBe(first);
    const loaded = loadSettings(file, 'America/Sao_Paulo')!;
    expect(loaded.emitter).toMatchObject({ environment: 'homologation', crt: 1, series: 1, timeZone: 'America/Sao_Paulo' });
    const certificate = loadA1Certificate(loaded.emitter.certificate.pfx, loaded.emitter.certificate.password);
    expect(certificate.subject).toContain('CHEFIA DEMO LTDA:11222333000181');
    expect(loaded.transmitIntervalMs).toBe(15_000);
  });

  it('reads the certificate password from an environment variable and validates tax groups', () => {
    const demo = JSON.parse(readFileSync(join(dir, 'fiscal', 'config.json'), 'utf8'));
    process.env.FISCAL_TEST_A1_PASSWORD = demo.certificate.password;
    const custom = join(dir, 'fiscal', 'custom.json');
    const taxGroups = { FOOD: { icms: { kind: 'CST_00', rateBasisPoints: 1200 }, pisCofins: { kind: 'NT', cst: '07' } } };
    writeFileSync(join(dir, 'fiscal', 'sefaz-ca.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    writeFileSync(
      custom,
      JSON.stringify({ ...demo, crt: 3, certificate: { path: 'demo-a1.pfx', passwordEnv: 'FISCAL_TEST_A1_PASSWORD' }, taxGroups, sefazBaseUrl: 'https://127.0.0.1:9443', sefazCaFile: 'sefaz-ca.pem' }),
    );
    const loaded = loadSettings(custom, 'America/Manaus')!;
    expect(loaded.emitter.sefazCaPem).toContain('BEGIN CERTIFICATE');
    expect(loaded.emitter.sefazBaseUrl).toBe('https://127.0.0.1:9443');
    expect(loaded.emitter.certificate.password).toBe(demo.certificate.password);
    expect(loaded.taxGroups).toEqual(taxGroups);
    writeFileSync(custom, JSON.stringify({ ...demo, taxGroups: { FOOD: { icms: { kind: 'CST_99' } } } }));
    expect(() => loadSettings(custom, 'America/Sao_Paulo')).toThrow();
    expect(loadSettings(join(dir, 'absent.json'), 'America/Sao_Paulo')).toBeUndefined();
  });

  it('picks the document type: NFC-e by default, MF-e / SAT with their equipment block, MF-e only in Ceará', () => {
    const demo = JSON.parse(readFileSync(join(dir, 'fiscal', 'config.json'), 'utf8'));
    const file = join(dir, 'fiscal', 'types.json');
    const write = (changes: object) => writeFileSync(file, JSON.stringify({ ...demo, ...changes }));
    write({});
    expect(loadSettings(file, 'America/Sao_Paulo')!.documents).toEqual({ documentType: 'NFCE', sat: undefined, nfeSeries: 1 });
    const sat = { libraryPath: 'libsat.so', activationCode: '12345678', softwareHouseCnpj: '16716114000172', signAC: 'ASSINATURA', checkoutNumber: 2 };
    const ceara = { ...demo.address, uf: 'CE', cityCode: '2304400', cityName: 'Fortaleza' };
    write({ documentType: 'MFE', sat, address: ceara, nfe: { series: 5 } });
    expect(loadSettings(file, 'America/Fortaleza')!.documents).toEqual({ documentType: 'MFE', sat: { ...sat, libraryPath: join(dir, 'fiscal', 'libsat.so') }, nfeSeries: 5 });
    write({ documentType: 'MFE', address: ceara });
    expect(() => loadSettings(file, 'America/Fortaleza')).toThrow(/needs the .{0,2}sat.{0,2} block/);
    write({ documentType: 'MFE', sat });
    expect(() => loadSettings(file, 'America/Sao_Paulo')).toThrow(/Ceará/);
    write({ documentType: 'SAT', sat: { ...sat, activationCode: '123' } });
    expect(() => loadSettings(file, 'America/Sao_Paulo')).toThrow();
  });
});
