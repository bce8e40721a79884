import { InputError, t } from '../texts';
import type { StoreProfile } from './store';

/** `GET /fiscal/settings` (`docs/api.md`, "Fiscal documents"): nothing secret comes back. */
export interface FiscalSettingsView {
  configured: boolean;
  active: boolean;
  environment: 'production' | 'homologation' | 'simulator' | null;
  cnpj: string | null;
  legalName: string | null;
  series: number | null;
  cscId: string | null;
  certificate: { subject: string; notAfter: string; daysLeft: number; expiringSoon: boolean } | null;
}

export interface TestDocument {
  number: number;
  series: number;
  accessKey: string;
  status: string;
  cStat: number | null;
  xMotivo: string | null;
  protocol: string | null;
}

/** The A1 file's bytes as base64, as the wizard route takes them. */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const digits = (value: string | undefined) => (value ?? '').replace(/\D/g, '');

/** The wizard's PUT body from its fields and the chosen A1 file. */
export async function fiscalWizardBody(fields: Record<string, string>, certificate: File | undefined) {
  if (!certificate) throw new InputError(t('ADMIN_FISCAL_CERTIFICATE_MISSING'));
  return {
    cnpj: digits(fields.cnpj),
    ie: fields.ie.toUpperCase() === 'ISENTO' ? 'ISENTO' : digits(fields.ie),
    legalName: fields.legalName,
    crt: Number(fields.crt) as 1 | 2 | 3 | 4,
    address: { street: fields.street, number: fields.number, district: fields.district, cityCode: digits(fields.cityCode), cityName: fields.cityName, uf: fields.uf.toUpperCase(), cep: digits(fields.cep) },
    cscId: fields.cscId,
    cscToken: fields.cscToken,
    series: Number(fields.series),
    nextNumber: Number(fields.nextNumber),
    environment: fields.environment as 'production' | 'homologation' | 'simulator',
    certificate: { pfxBase64: await fileBase64(certificate), password: fields.certificatePassword },
  };
}

/** The store data already typed on the store screen (else what the fiscal settings hold), offered as the wizard's starting values. */
export function wizardDefaults(store: StoreProfile | null, current: FiscalSettingsView): Record<string, string> {
  const address = store?.address;
  return {
    cnpj: store?.cnpj ?? current.cnpj ?? '',
    ie: store?.ie ?? '',
    legalName: store?.legalName ?? current.legalName ?? store?.name ?? '',
    street: address?.street ?? '',
    number: address?.number ?? '',
    district: address?.district ?? '',
    cityName: address?.city ?? '',
    uf: address?.uf ?? '',
    cep: address?.cep ?? '',
  };
}
