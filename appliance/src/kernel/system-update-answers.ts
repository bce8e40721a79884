import { z } from 'zod';
import { updateStatusSchema } from './system-update.js';

/** Answers of the system update routes for the OpenAPI document only: loaded when the document is built. */
export const updateStatusAnswer = updateStatusSchema.extend({
  /** False where nothing installs bundles (no OS image watcher): uploads answer 503. */
  supported: z.boolean(),
});
