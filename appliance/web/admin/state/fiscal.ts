import { InputError, t } from '../texts';
import type { ApiAnswer } from '../../shared/appliance-api';
import type { StoreProfile } from './store';

/** `GET /fiscal/settings` (`docs/api.md`, "Fiscal documents"): nothing secret comes back. */
export type FiscalSettingsView = ApiAnswer<'/api/v1/fiscal/settings', 'get'>;

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
    // Sent as typed: an alphanumeric CNPJ has letters, and the appliance normalizes and checks it.
    cnpj: fields.cnpj.trim(),
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

/**
 * The wizard's starting values: the store data typed on the store screen, else what the fiscal
 * settings hold; the tax regime (CRT) and the IBGE city code only the fiscal settings know, so a
 * re-save (a renewed certificate) keeps them.
 */
export function wizardDefaults(store: StoreProfile | null, current: FiscalSettingsView): Record<string, string> {
  const address = store?.address;
  const saved = current.address;
  return {
    cnpj: store?.cnpj ?? current.cnpj ?? '',
    ie: store?.ie ?? current.ie ?? '',
    legalName: store?.legalName ?? current.legalName ?? store?.name ?? '',
    crt: String(current.crt ?? 1),
    street: address?.street ?? saved?.street ?? '',
    number: address?.number ?? saved?.number ?? '',
    district: address?.district ?? saved?.district ?? '',
    cityName: address?.city ?? saved?.cityName ?? '',
    cityCode: saved?.cityCode ?? '',
    uf: address?.uf ?? saved?.uf ?? '',
    cep: address?.cep ?? saved?.cep ?? '',
  };
}
