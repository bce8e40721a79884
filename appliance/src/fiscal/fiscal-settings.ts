import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { checkDocumentType, documentTypeFields, documentTypeSettings, type DocumentTypeSettings } from './document-type-settings.js';
import type { EmitterConfig } from './nfce/emitter-config.js';
import type { TaxGroupRule } from './nfce/order-to-sale.js';
import { generateTestCertificate } from './signing/test-certificate.js';
import { cnpjField } from '../kernel/cnpj.js';
import { safeText } from '../kernel/safe-text.js';
import { writeSecretFile } from '../kernel/secrets/secret-file.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const digits = (n: number) => z.string().regex(new RegExp(`^\\d{${n}}$`));
const basisPoints = lazySchema(() => z.number().int().min(0).max(10_000));
const taxGroupRule = lazySchema(() => z.object({
  icms: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('CSOSN_102') }),
    z.object({ kind: z.literal('CSOSN_500') }),
    z.object({ kind: z.literal('CST_00'), rateBasisPoints: basisPoints }),
    z.object({ kind: z.literal('CST_60') }),
  ]),
  pisCofins: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('ALIQ'), cst: z.enum(['01', '02']), pisRateBasisPoints: basisPoints, cofinsRateBasisPoints: basisPoints }),
    z.object({ kind: z.literal('NT'), cst: z.enum(['04', '05', '06', '07', '08', '09']) }),
    z.object({ kind: z.literal('OUTR'), cst: z.enum(['49', '99']) }),
  ]),
  ibsCbs: z
    .object({ cst: digits(3), classCode: digits(6), ibsStateRateBasisPoints: basisPoints, ibsCityRateBasisPoints: basisPoints, cbsRateBasisPoints: basisPoints })
    .optional(),
}));

/** <dataDir>/fiscal/config.json (or CHEFIA_FISCAL_CONFIG): see docs/fiscal.md. */
export const fiscalSettingsObject = lazySchema(() => z.object({
  /** The store's CNPJ, numeric or alphanumeric (IN RFB 2.229/2024), canonical: no punctuation, upper case. */
  cnpj: cnpjField(),
  ie: z.string().regex(/^(\d{2,14}|ISENTO)$/),
  legalName: safeText(60, 2),
  tradeName: safeText(60, 0).optional(),
  crt: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  address: z.object({
    street: z.string().min(2),
    number: z.string().min(1),
    complement: z.string().optional(),
    district: z.string().min(2),
    cityCode: digits(7),
    cityName: z.string().min(2),
    uf: z.string().length(2),
    cep: digits(8),
    phone: z.string().regex(/^\d{6,14}$/).optional(),
  }),
  series: z.number().int().min(0).max(999),
  cscId: z.string().regex(/^\d{1,6}$/),
  cscToken: z.string().min(16).max(36),
  certificate: z.object({ path: z.string().min(1), password: z.string().optional(), passwordEnv: z.string().optional() }),
  environment: z.enum(['production', 'homologation']),
  qrCodeVersion: z.union([z.literal(2), z.literal(3)]).optional(),
  taxReformGroups: z.boolean().optional(),
  sefazBaseUrl: z.string().url().optional(),
  /** Training: a homologação store that issues against the in-repo SEFAZ simulator on loopback (as the demo does). */
  sefazSimulator: z.boolean().optional(),
  sefazTimeoutMs: z.number().int().min(500).max(60_000).optional(),
  /** PEM file trusted for the SEFAZ server certificate (a simulator or a private CA); default Node's CAs. */
  sefazCaFile: z.string().min(1).optional(),
  transmitIntervalSeconds: z.number().int().min(5).max(3600).optional(),
  cancellationWindowMinutes: z.number().int().min(1).max(10_080).optional(),
  alertBeforeDeadlineHours: z.number().int().min(1).max(23).optional(),
  /** catalog taxGroup -> taxation (TaxGroupRule); defaults per CRT when absent. */
  taxGroups: z.record(z.string(), taxGroupRule).optional(),
  ...documentTypeFields(),
}));
export const fiscalSettingsSchema = lazySchema(() => fiscalSettingsObject.superRefine((settings, ctx) => checkDocumentType(settings, (message, path) => ctx.addIssue({ code: 'custom', message, path }))));

export type FiscalSettings = z.infer<typeof fiscalSettingsSchema>;

export interface LoadedSettings {
  emitter: EmitterConfig;
  transmitIntervalMs: number;
  cancellationWindowMinutes: number;
  alertBeforeDeadlineMs: number;
  taxGroups?: Record<string, TaxGroupRule>;
  /** Document type and CF-e equipment; NFC-e when absent. */
  documents?: DocumentTypeSettings;
  /** Issue against the in-process SEFAZ simulator (training store in homologação). */
  sefazSimulator?: boolean;
}

export function loadSettings(file: string, timeZone: string): LoadedSettings | undefined {
  if (!existsSync(file)) return undefined;
  const settings = fiscalSettingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const password = settings.certificate.passwordEnv ? (process.env[settings.certificate.passwordEnv] ?? '') : (settings.certificate.password ?? '');
  const { certificate, transmitIntervalSeconds, cancellationWindowMinutes, alertBeforeDeadlineHours, taxGroups, sefazCaFile, sefazSimulator, documentType, sat, nfe, ...rest } = settings;
  const sefazCaPem = sefazCaFile ? readFileSync(resolve(file, '..', sefazCaFile), 'utf8') : undefined;
  return {
    emitter: { ...rest, sefazCaPem, timeZone, certificate: { pfx: readFileSync(resolve(file, '..', certificate.path)), password } },
    transmitIntervalMs: (transmitIntervalSeconds ?? 30) * 1000,
    cancellationWindowMinutes: cancellationWindowMinutes ?? 30,
    alertBeforeDeadlineMs: (alertBeforeDeadlineHours ?? 4) * 3_600_000,
    taxGroups: taxGroups satisfies Record<string, TaxGroupRule> | undefined,
    documents: documentTypeSettings({ documentType, sat, nfe }, file),
    sefazSimulator,
  };
}

/** The settings as written (the wizard's starting point: advanced keys an installer set are kept), or none. */
export function readStoredSettings(file: string): FiscalSettings | undefined {
  return existsSync(file) ? fiscalSettingsSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
}

/** Writes the A1 next to the settings (both owner-only) and then the settings that name it. */
export function writeFiscalSettings(file: string, settings: FiscalSettings, pfx: Buffer): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeSecretFile(resolve(dir, settings.certificate.path), pfx);
  writeSecretFile(file, JSON.stringify(fiscalSettingsSchema.parse(settings), null, 2));
}

/**
 * The demo store (CHEFIA_DEMO=1) issues in homologação with a self-signed certificate it makes
 * once and keeps in the data dir; sefazBaseUrl is filled with the in-process simulator.
 */
export function writeDemoSettings(dataDir: string): string {
  const dir = join(dataDir, 'fiscal');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'config.json');
  if (existsSync(file)) return file;
  const password = randomBytes(12).toString('hex');
  const cnpj = '11222333000181';
  const generated = generateTestCertificate({ cnpj, legalName: 'CHEFIA DEMO LTDA', password, validDays: 3650 });
  // Durably, like the store's own settings: a power cut soon after the first start (the OS image's
  // test pulls the plug after one sale) left an empty config.json that stopped every later start.
  writeSecretFile(join(dir, 'demo-a1.pfx'), generated.pfx);
  const settings: FiscalSettings = {
    cnpj,
    ie: '111222333444',
    legalName: 'CHEFIA DEMO LTDA',
    tradeName: 'Chefia Demo',
    crt: 1,
    address: { street: 'Rua Augusta', number: '1500', district: 'Consolacao', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01304001' },
    series: 1,
    cscId: '000001',
    cscToken: randomBytes(18).toString('hex').toUpperCase(),
    certificate: { path: 'demo-a1.pfx', password },
    environment: 'homologation',
    sefazTimeoutMs: 3000,
    transmitIntervalSeconds: 15,
  };
  writeSecretFile(file, JSON.stringify(settings, null, 2));
  return file;
}
