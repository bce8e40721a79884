import { z } from 'zod';
import { deviceProfileSchema } from './schema.js';

/** The JSON Schema published as firmware-profiles/schema.json, for editors and non-TS tooling. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(deviceProfileSchema),
    $id: 'https://chefia.local/firmware-profiles/schema.json',
    title: 'Chefia POS firmware profile',
  };
}

export function profileJsonSchemaText(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}
