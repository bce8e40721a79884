import { InputError, t } from '../texts';

/** The store profile as `GET /store` answers it (`docs/api.md`, "Store"). */
export interface StoreProfile {
  name: string;
  legalName: string | null;
  cnpj: string | null;
  ie: string | null;
  phone: string | null;
  openingHours: string | null;
  address: { street: string; number: string; complement?: string; district: string; city: string; uf: string; cep: string } | null;
  serviceChargeBp: number;
  receiptHeader: string[];
  receiptFooter: string[];
  timeZone: string;
  updatedAt: string | null;
}

const orNull = (value: string | undefined) => (value ? value : null);
const lines = (text: string | undefined) => (text ?? '').split('\n').map((line) => line.trim()).filter(Boolean);

/** The PUT body from the store form's fields; an address is sent only once its street is typed. */
export function storeProfileBody(fields: Record<string, string>) {
  const percent = Number((fields.serviceCharge || '0').replace(',', '.'));
  if (!Number.isFinite(percent) || percent < 0 || percent > 20) throw new InputError(t('ADMIN_STORE_SERVICE_CHARGE_INVALID'));
  const address = fields.street
    ? {
        street: fields.street,
        number: fields.number,
        ...(fields.complement ? { complement: fields.complement } : {}),
        district: fields.district,
        city: fields.city,
        uf: fields.uf.toUpperCase(),
        cep: fields.cep.replace(/\D/g, ''),
      }
    : null;
  return {
    name: fields.name,
    legalName: orNull(fields.legalName),
    cnpj: orNull(fields.cnpj),
    ie: orNull(fields.ie),
    phone: orNull(fields.phone?.replace(/\D/g, '')),
    openingHours: orNull(fields.openingHours?.trim()),
    address,
    serviceChargeBp: Math.round(percent * 100),
    receiptHeader: lines(fields.receiptHeader),
    receiptFooter: lines(fields.receiptFooter),
  };
}
