import { z } from 'zod';

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

const hardwareDevice = z.object({
  id: z.string(),
  kind: z.enum(['scale', 'scanner', 'customer-display', 'tef']),
  name: z.string(),
  profileId: z.string(),
  transport: z.discriminatedUnion('type', [
    z.object({ type: z.literal('serial'), path: z.string() }),
    z.object({ type: z.literal('tef-dial'), reqDir: z.string(), respDir: z.string() }),
    z.object({ type: z.literal('sitef'), library: z.string(), server: z.string(), storeCode: z.string(), terminalId: z.string() }),
    z.object({ type: z.literal('virtual'), grams: z.number().int().optional() }),
  ]),
  virtual: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A configured peripheral (as configured or as removed). */
export const hardwareDeviceAnswer = hardwareDevice;

export const hardwareListAnswer = z.array(hardwareDevice);

/** A peripheral with whether it answers now, and its problem (a stable code) when it does not. */
export const hardwareStatusAnswer = hardwareDevice.extend({ online: z.boolean(), problem: z.string().nullable() });

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
