import { generateTestCertificate } from '../signing/test-certificate.js';

/**
 * A self-signed e-CNPJ-like A1 (.pfx) naming `cnpj` as its holder, for tests outside the fiscal
 * module that configure a store through the fiscal wizard (the public test A1 names one CNPJ only).
 */
export function storeA1(cnpj: string, legalName: string, password: string): Buffer {
  return generateTestCertificate({ cnpj, legalName, password }).pfx;
}
