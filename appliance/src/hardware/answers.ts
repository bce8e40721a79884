import { z } from 'zod';
import { hardwareDeviceSchema } from '../../contract/events/hardware.js';

/** Answers of the hardware routes for the OpenAPI document only: loaded when the document is built. */
export const serialPortsAnswer = z.array(
  z.object({
    path: z.string(),
    stablePath: z.string().nullable(),
    vendorId: z.number().int().nullable(),
    productId: z.number().int().nullable(),
    profileIds: z.array(z.string()),
  }),
);

/** A configured peripheral (as configured or as removed), as the journal records it. */
export const hardwareDeviceAnswer = hardwareDeviceSchema;

export const hardwareListAnswer = z.array(hardwareDeviceSchema);

/** A peripheral with whether it answers now, and its problem (a stable code) when it does not. */
export const hardwareStatusAnswer = hardwareDeviceSchema.extend({ online: z.boolean(), problem: z.string().nullable() });

const usbDescriptor = z.object({
  vendorId: z.number().int(),
  productId: z.number().int(),
  bus: z.string().optional(),
  address: z.number().int().optional(),
  manufacturerName: z.string().nullable().optional(),
  productName: z.string().nullable().optional(),
  serialNumber: z.string().nullable().optional(),
});

/** USB devices matched to profiles; `error` when this machine cannot enumerate USB. */
export const usbScanAnswer = z.object({
  matches: z.array(z.object({ profileId: z.string(), kind: z.string(), device: usbDescriptor })),
  unmatched: z.array(usbDescriptor),
  error: z.string().optional(),
});

export const chargeableWeightAnswer = z.object({ state: z.literal('stable'), grams: z.number().int().min(0) });

/** What was placed on the virtual scale. */
export const virtualWeightAnswer = z.object({ state: z.enum(['stable', 'unstable', 'negative', 'overload']), grams: z.number().int().min(0).optional() });

export const virtualScanAnswer = z.object({ code: z.string() });

/** The virtual display's glass, one string per line. */
export const virtualDisplayAnswer = z.object({ lines: z.array(z.string()) });
