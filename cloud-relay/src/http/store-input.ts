import { z } from 'zod';
import { isKnownTimeZone } from '../ingest/local-time.js';

/** A new store as HQ types it, through the JSON API or the portal's *Cadastrar loja* form: one set of rules for both. */
export const storeInputSchema = z.object({
  code: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_-]+$/, 'Use letras, dígitos, - e _'),
  name: z.string().trim().min(1).max(120),
  // Ingest files the store's sales under its local hour, which only a zone Intl knows gives.
  timeZone: z.string().refine(isKnownTimeZone, 'Fuso horário desconhecido').optional(),
});
