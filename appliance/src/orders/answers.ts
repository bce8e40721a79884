import { z } from 'zod';
import { HAND_OVER_MODES } from './hand-over.js';
import { ORDER_CHANNELS } from './state-machine.js';

/** Answers of the order routes for the OpenAPI document only: loaded when the document is built. */
export const handOverPolicyAnswer = z.object(Object.fromEntries(ORDER_CHANNELS.map((channel) => [channel, z.enum(HAND_OVER_MODES)])));
