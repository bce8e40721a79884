import { z } from 'zod';
import { RESTART_TARGETS } from '../../contract/events/system.js';

/** Answers of the restart routes for the OpenAPI document only: loaded when the document is built. */
export const restartOptionsAnswer = z.object({ subsystems: z.array(z.enum(RESTART_TARGETS)), appliance: z.boolean() });

/** `restarting`: true while the whole appliance goes down and comes back; false once a subsystem runs again. */
export const restartAnswer = z.object({ target: z.enum(RESTART_TARGETS), restarting: z.boolean() });
