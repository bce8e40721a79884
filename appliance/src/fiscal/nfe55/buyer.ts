import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';
import { isValidCnpj, isValidIe, normalizeCnpj } from './company-ids.js';
import { lazySchema } from '../../../contract/lazy-schema.js';

/** The company an NF-e model 55 is issued to (dest), as the cashier types it. */
export const nfeBuyerSchema = lazySchema(() => z
  .object({
    /** Numeric or alphanumeric (IN RFB 2.229/2024), with or without punctuation, in any case. */
    cnpj: z.string().max(20).transform(normalizeCnpj),
    /** State registration, or "ISENTO" for a company without one. */
    ie: z.string().max(20).transform((v) => v.replace(/[.\-/\s]/g, '').toUpperCase()),
    legalName: z.string().trim().min(2).max(60),
    email: z.string().email().max(60).optional(),
    phone: z.string().regex(/^\d{6,14}$/).optional(),
    address: z.object({
      street: z.string().trim().min(2).max(60),
      number: z.string().trim().min(1).max(60),
      complement: z.string().trim().min(1).max(60).optional(),
      district: z.string().trim().min(2).max(60),
      cityCode: z.string().regex(/^\d{7}$/),
      cityName: z.string().trim().min(2).max(60),
      uf: z.string().length(2).transform((v) => v.toUpperCase()),
      cep: z.string().transform((v) => v.replace(/\D/g, '')).pipe(z.string().regex(/^\d{8}$/)),
    }),
  }));

export type NfeBuyer = z.infer<typeof nfeBuyerSchema>;

/** Check digits of the buyer's CNPJ and IE (for its state), refused with stable codes. */
export function assertBuyerIds(buyer: NfeBuyer): void {
  if (!isValidCnpj(buyer.cnpj)) throw new AppError('FISCAL_BUYER_CNPJ_INVALID', 422, 'FISCAL_BUYER_CNPJ_INVALID', { cnpj: buyer.cnpj });
  if (!isValidIe(buyer.ie, buyer.address.uf)) throw new AppError('FISCAL_BUYER_IE_INVALID', 422, 'FISCAL_BUYER_IE_INVALID', { ie: buyer.ie, uf: buyer.address.uf });
}

/**
 * Only buyers in the store's state are served at the till: an interstate sale needs interstate
 * CFOPs (6102, 6404, ...) and DIFAL. Checked when the NF-e is asked for, before anything is kept.
 */
export function assertBuyerInState(buyer: NfeBuyer, storeUf: string): void {
  if (buyer.address.uf !== storeUf) throw new AppError('FISCAL_NFE_INTERSTATE_NOT_SUPPORTED', 422, 'FISCAL_NFE_INTERSTATE_NOT_SUPPORTED', { buyerUf: buyer.address.uf, storeUf });
}
