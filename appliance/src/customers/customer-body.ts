import { z } from 'zod';
import { isValidCpf, normalizeCpf } from '../kernel/cpf.js';
import { safeText } from '../kernel/safe-text.js';
import { CONSENT_SOURCES } from './consents.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cpf = z
  .string()
  .transform(normalizeCpf)
  .refine(isValidCpf, 'dígitos verificadores do CPF inválidos');

export const addressBody = lazySchema(() => z.object({
  label: safeText(40).optional(),
  street: safeText(120),
  number: safeText(20).optional(),
  complement: safeText(80).optional(),
  district: safeText(80).optional(),
  city: safeText(80),
  state: z.string().regex(/^[A-Z]{2}$/),
  postalCode: z.string().regex(/^\d{5}-?\d{3}$/).optional(),
}));

export const customerBody = lazySchema(() => z.object({
  name: safeText(120),
  cpf: cpf.nullish(),
  phone: z.string().regex(/^\+?\d{10,14}$/).nullish(),
  email: z.email().max(200).nullish(),
  addresses: z.array(addressBody).max(5).optional(),
  marketingConsent: z.boolean().optional(),
  consentSource: z.enum(CONSENT_SOURCES).optional(),
}));
