import { z } from 'zod';
import { salesGroupings } from '../reports/sales-report.js';

/**
 * The portal's form posts and page queries, field by field. A form never answers a validation error: a missing or
 * odd field reads as empty and the page explains what is wrong in pt-BR, as the services decide.
 */
const text = z.string().trim().catch('');
/** A password, as typed: its spaces are part of it, as the API takes it (a trimmed one never matches). */
const secret = z.string().catch('');
/** A field a form may repeat (one checkbox per store). */
const repeated = z.union([z.array(z.string()), z.string().transform((value) => [value])]).catch([]);

export const loginForm = z.object({ username: text, password: secret, next: text });

export const storeForm = z.object({ code: text, name: text, timeZone: text });

/** `price` in reais as typed (`12,90`); `active` `true`, `false` or empty (unchanged). */
export const productChangeForm = z.object({ price: text, active: text, storeId: repeated });

export const userForm = z.object({ username: text, displayName: text, password: secret, role: text });

/** Where the login form sends the user once signed in. */
export const loginPageQuery = z.object({ next: text });

/** The dashboard's filters: empty dates fall back to the last 7 days, no store to every store (`storeId` may repeat or list ids with commas). */
export const dashboardQuery = z.object({ from: text, to: text, storeId: repeated });

export const salesExportQuery = dashboardQuery.extend({ groupBy: z.enum(salesGroupings).catch('storeDay') });

/** A store's page: which page of its Z reports (from 1, the newest days). */
export const storePageQuery = z.object({ page: z.coerce.number().int().min(1).catch(1) });

/** A form's or a query's fields as its schema reads them. */
export function readForm<T extends z.ZodType>(schema: T, form: Record<string, unknown>): z.output<T> {
  return schema.parse(form);
}
