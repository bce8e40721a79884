import { z } from 'zod';
import { diningTableSchema, layoutSchema } from '../../contract/events/tables.js';

/** Answers of the table routes for the OpenAPI document only: loaded when the document is built. */
export const tableAnswer = diningTableSchema;

export const tablesAnswer = z.array(diningTableSchema);

export const layoutAnswer = layoutSchema;

export const layoutsAnswer = z.array(layoutSchema);
