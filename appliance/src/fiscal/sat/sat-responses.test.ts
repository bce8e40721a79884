import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referencePaths } from '../shared/reference-paths.js';
import { referencePresent } from '../test-support/fixtures.js';
import { decimalTextToCents, parseSatResponse } from './sat-responses.js';

const dataDir = join(referencePaths.satDir(), 'satcfe-testdata');
const present = referencePresent(dataDir);
const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim().length > 0) : []);

describe.runIf(present)('SAT answer parser against the shared satcfe vectors', () => {
  const functions = present ? readdirSync(dataDir).filter((d) => existsSync(join(dataDir, d, 'respostas-de-sucesso.txt'))) : [];

  it('covers every function folder', () => expect(functions.length).toBeGreaterThanOrEqual(15));

  it('parses every success answer as a success', () => {
    for (const fn of functions) {
      for (const line of lines(join(dataDir, fn, 'respostas-de-sucesso.txt'))) {
        const parsed = parseSatResponse(line);
        expect(parsed.success, `${fn}: ${line.slice(0, 60)}`).toBe(true);
        expect(parsed.session).toMatch(/^\d{6}$/);
      }
    }
  });

  it('parses every failure answer as a failure with its message', () => {
    for (const fn of functions) {
      for (const line of lines(join(dataDir, fn, 'respostas-de-falha.txt'))) {
        const parsed = parseSatResponse(line);
        expect(parsed.success, `${fn}: ${line}`).toBe(false);
        expect(parsed.message.length).toBeGreaterThan(0);
      }
    }
  });

  it('throws a clear error for every invalid answer', () => {
    for (const fn of functions) {
      for (const line of lines(join(dataDir, fn, 'respostas-invalidas.txt'))) {
        expect(() => parseSatResponse(line), `${fn}: ${line}`).toThrow(expect.objectContaining({ code: 'SAT_RESPONSE_INVALID' }));
      }
    }
  });

  it('decodes the CF-e of a sale and of a cancellation byte for byte', () => {
    const sale = parseSatResponse(lines(join(dataDir, 'enviardadosvenda', 'respostas-de-sucesso.txt'))[0]);
    expect(sale).toMatchObject({ code: '06000', fields: { alertCode: '0000', timestamp: '20150718154423', accessKey: 'CFe35150708723218000186599000040190000215133408', totalValue: '2.00' } });
    expect(Buffer.from(sale.fields.cfeBase64, 'base64')).toEqual(readFileSync(join(dataDir, 'enviardadosvenda', 'cfe-autorizado.xml')));
    expect(decimalTextToCents(sale.fields.totalValue)).toBe(200);
    const cancel = parseSatResponse(lines(join(dataDir, 'cancelarultimavenda', 'respostas-de-sucesso.txt'))[0]);
    expect(Buffer.from(cancel.fields.cfeBase64, 'base64')).toEqual(readFileSync(join(dataDir, 'cancelarultimavenda', 'cfecanc-autorizado.xml')));
  });

  it('names the operational status fields', () => {
    const status = parseSatResponse(lines(join(dataDir, 'consultarstatusoperacional', 'respostas-de-sucesso.txt'))[0]);
    expect(status.fields).toMatchObject({ serialNumber: '900004019', lanStatus: 'CONECTADO', certificateExpiresAt: '20200708', operationState: '0' });
  });
});
