import { generateTestCertificate } from '../signing/test-certificate.js';

/**
 * A self-signed e-CNPJ-like A1 (.pfx) naming `cnpj` as its holder, for tests outside the fiscal
 * module that configure a store through the fiscal wizard (the public test A1 names one CNPJ only).
 */
export function storeA1(cnpj: string, legalName: string, password: string): Buffer {
  return generateTestCertificate({ cnpj, legalName, password }).pfx;
}

/**
 * What the fiscal wizard (`PUT /fiscal/settings`) is sent for a Simples Nacional store in São Paulo
 * whose company is `cnpj` and whose A1 is `pfx`: a training store on the SEFAZ simulator.
 */
export function wizardSettings(cnpj: string, pfx: Buffer, password: string, overrides: Record<string, unknown> = {}) {
  return {
    cnpj,
    ie: '111222333444',
    legalName: 'Cantina Nova Ltda',
    crt: 1,
    address: { street: 'Rua Augusta', number: '1500', district: 'Consolacao', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01304001' },
    cscId: '000001',
    cscToken: 'A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4',
    series: 1,
    nextNumber: 1,
    environment: 'simulator',
    certificate: { pfxBase64: pfx.toString('base64'), password },
    ...overrides,
  };
}
