import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EmitterConfig } from '../nfce/emitter-config.js';
import type { FiscalSale } from '../nfce/sale-types.js';
import { referencePaths } from '../shared/reference-paths.js';

/**
 * Whether the shared fiscal reference material (by default the NF-e schema) is in place. On a
 * developer machine a missing folder skips the schema and certificate suites with a warning; under
 * CI (`CI=true`, set by every CI runner) it throws, so the suites fail instead of passing by skipping.
 */
export function referencePresent(path = referencePaths.nfeSchema()): boolean {
  if (existsSync(path)) return true;
  const message = `fiscal reference material not found at ${path} (set CHEFIA_FISCAL_REFERENCE or place it at <repo>/../shared/fiscal)`;
  if (process.env.CI === 'true') throw new Error(`${message}; CI runs the fiscal suites, it does not skip them`);
  console.warn(`${message}; schema/certificate tests are skipped`);
  return false;
}

/** The shared test A1 certificate (self-signed, CN = 06.157.250/0001-16, password in its name). */
export function sharedTestCertificate(): { pfx: Buffer; password: string } {
  return {
    pfx: readFileSync(join(referencePaths.certsDir(), 'cert_cnpj_06157250000116_senha_minhasenha.pfx')),
    password: 'minhasenha',
  };
}

export function testEmitterConfig(overrides: Partial<EmitterConfig> = {}): EmitterConfig {
  return {
    cnpj: '06157250000116',
    ie: '111111111111',
    legalName: 'CHEFIA RESTAURANTE TESTE LTDA',
    tradeName: 'Chefia Bistrô',
    crt: 1,
    address: {
      street: 'Rua Augusta',
      number: '1500',
      district: 'Consolação',
      cityCode: '3550308',
      cityName: 'São Paulo',
      uf: 'SP',
      cep: '01304001',
      phone: '1133334444',
    },
    series: 1,
    cscId: '000001',
    cscToken: 'A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8',
    certificate: sharedTestCertificate(),
    environment: 'homologation',
    ...overrides,
  };
}

export function simplesSale(orderId = 'order-1'): FiscalSale {
  return {
    orderId,
    items: [
      {
        code: 'X-BURGER',
        description: 'X-Burger & fritas',
        ncm: '21069090',
        cfop: '5102',
        unit: 'UNIT',
        quantity: 2,
        unitPriceCents: 2990,
        icms: { kind: 'CSOSN_102' },
        pisCofins: { kind: 'OUTR', cst: '99' },
      },
      {
        code: 'REFRI-LATA',
        description: 'Refrigerante lata 350ml',
        gtin: '7894900011517',
        ncm: '22021000',
        cfop: '5405',
        cest: '0300700',
        unit: 'UNIT',
        quantity: 1,
        unitPriceCents: 650,
        discountCents: 50,
        icms: { kind: 'CSOSN_500' },
        pisCofins: { kind: 'NT', cst: '04' },
      },
      {
        code: 'SALADA-KG',
        description: 'Salada por quilo',
        ncm: '21069090',
        cfop: '5102',
        unit: 'GRAM',
        quantity: 437,
        unitPriceCents: 6990,
        icms: { kind: 'CSOSN_102' },
        pisCofins: { kind: 'OUTR', cst: '49' },
      },
    ],
    // 2*29.90 + 6.50 - 0.50 + 0.437*69.90 (30.5463 -> 30.55) = 96.35
    payments: [
      { method: 'PIX', amountCents: 5000 },
      { method: 'CASH', amountCents: 4635, changeCents: 365 },
    ],
  };
}

export function regimeNormalSale(orderId = 'order-2'): FiscalSale {
  return {
    orderId,
    consumerCpf: '52998224725',
    items: [
      {
        code: 'PRATO-DIA',
        description: 'Prato do dia',
        ncm: '21069090',
        cfop: '5102',
        unit: 'UNIT',
        quantity: 1,
        unitPriceCents: 3500,
        icms: { kind: 'CST_00', rateBasisPoints: 1800 },
        pisCofins: { kind: 'ALIQ', cst: '01', pisRateBasisPoints: 165, cofinsRateBasisPoints: 760 },
        ibsCbs: { cst: '000', classCode: '000001', ibsStateRateBasisPoints: 10, ibsCityRateBasisPoints: 0, cbsRateBasisPoints: 90 },
      },
      {
        code: 'CERVEJA',
        description: 'Cerveja long neck',
        ncm: '22030000',
        cfop: '5405',
        cest: '0302100',
        unit: 'UNIT',
        quantity: 3,
        unitPriceCents: 1200,
        icms: { kind: 'CST_60' },
        pisCofins: { kind: 'NT', cst: '04' },
        ibsCbs: { cst: '000', classCode: '000001', ibsStateRateBasisPoints: 10, ibsCityRateBasisPoints: 0, cbsRateBasisPoints: 90 },
      },
    ],
    payments: [
      { method: 'CREDIT', amountCents: 4000, card: { integrated: true, acquirerCnpj: '01027058000191', brand: '01', authorizationCode: 'A1B2C3' } },
      { method: 'DEBIT', amountCents: 3100 },
    ],
  };
}
