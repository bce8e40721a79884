import { z } from 'zod';

/** Answers of the fiscal wizard routes for the OpenAPI document only: loaded when the document is built. */
export const fiscalSettingsAnswer = z.object({
  configured: z.boolean(),
  active: z.boolean(),
  environment: z.enum(['production', 'homologation', 'simulator']).nullable(),
  cnpj: z.string().nullable(),
  legalName: z.string().nullable(),
  series: z.number().int().nullable(),
  cscId: z.string().nullable(),
  certificate: z.object({ subject: z.string(), notAfter: z.string(), daysLeft: z.number().int(), expiringSoon: z.boolean() }).nullable(),
});

export const testEmissionAnswer = z.object({
  id: z.string(),
  model: z.number().int(),
  series: z.number().int(),
  number: z.number().int(),
  accessKey: z.string(),
  status: z.string(),
  cStat: z.number().int().nullable(),
  xMotivo: z.string().nullable(),
  protocol: z.string().nullable(),
});
