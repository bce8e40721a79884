import { z } from 'zod';
import { diningTableSchema, layoutSchema } from '../../contract/events/tables.js';

/**
 * Answers of the table routes for the OpenAPI document only: loaded when the document is built. A
 * table is answered with its floor cell always present, null until the floor editor places it.
 */
export const tableAnswer = diningTableSchema.extend({ gridCol: z.number().int().nullable(), gridRow: z.number().int().nullable() });

export const tablesAnswer = z.array(tableAnswer);

export const layoutAnswer = layoutSchema;

export const layoutsAnswer = z.array(layoutSchema);

export const sectionAnswer = z.object({ id: z.string(), layoutId: z.string(), name: z.string(), sortOrder: z.number().int() });
