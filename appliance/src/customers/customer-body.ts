import { z } from 'zod';
import { isValidCpf, normalizeCpf } from '../kernel/cpf.js';
import { safeText } from '../kernel/safe-text.js';
import { CONSENT_SOURCES } from './consents.js';
import { lazySchema } from '../../contract/lazy-schema.js';

const cpf = z
  .string()
  .transform(normalizeCpf)
  .refine(isValidCpf, 'dígitos verificadores do CPF inválidos');

/**
 * A phone number as people write it: "(11) 98765-4321", "11 98765-4321", "+55 11 98765-4321" or
 * just its digits (10 to 14 of them). Kept as written; looked up by its digits (customer.ts `phoneDigits`).
 */
const phone = z
  .string()
  .trim()
  .max(25)
  .regex(/^\+?[\d\s().-]+$/, 'telefone: só dígitos, espaços, parênteses, pontos e hífens')
  .refine((value) => /^\d{10,14}$/.test(value.replace(/\D/g, '')), 'telefone: de 10 a 14 dígitos, com o DDD');

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
  phone: phone.nullish(),
  email: z.email().max(200).nullish(),
  addresses: z.array(addressBody).max(5).optional(),
  marketingConsent: z.boolean().optional(),
  consentSource: z.enum(CONSENT_SOURCES).optional(),
}));
