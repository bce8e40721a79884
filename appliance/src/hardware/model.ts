import { z } from 'zod';
import { safeText } from '../kernel/safe-text.js';
import { lazySchema } from '../../contract/lazy-schema.js';

/** The device kinds this module drives; printers belong to the printing module. */
export const HARDWARE_KINDS = ['scale', 'scanner', 'customer-display', 'tef'] as const;
export type HardwareKind = (typeof HARDWARE_KINDS)[number];

const absolutePath = lazySchema(() => z.string().min(2).max(256).regex(/^\/[^\0]*$/, 'caminho absoluto'));

/**
 * How the appliance reaches the device. `serial` names the one port the operator assigned (it is
 * never probed); `tef-dial` the TEF manager's request/response directories; `sitef` the CliSiTef
 * library with the SiTef server, store code (IdLoja) and terminal id (IdTerminal); `virtual` an
 * in-process device for demos and trials (a virtual scale may start with a weight on its platter).
 */
export const hardwareTransportSchema = lazySchema(() => z.discriminatedUnion('type', [
  z.object({ type: z.literal('serial'), path: absolutePath }).strict(),
  z.object({ type: z.literal('tef-dial'), reqDir: absolutePath, respDir: absolutePath }).strict(),
  z
    .object({
      type: z.literal('sitef'),
      library: absolutePath,
      server: z.string().trim().min(1).max(256),
      storeCode: z.string().regex(/^[0-9A-Za-z]{8}$/, '8 letters or digits'),
      terminalId: z.string().regex(/^[A-Za-z]{2}\d{6}$/, 'XXnnnnnn'),
    })
    .strict(),
  z.object({ type: z.literal('virtual'), grams: z.number().int().min(0).max(1_000_000).optional() }).strict(),
]));
export type HardwareTransport = z.infer<typeof hardwareTransportSchema>;

export const hardwareInputSchema = lazySchema(() => z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lower-case letters, digits and dashes'),
    kind: z.enum(HARDWARE_KINDS),
    name: safeText(80),
    profileId: z.string().min(1).max(64),
    transport: hardwareTransportSchema,
  })
  .strict());
export type HardwareInput = z.infer<typeof hardwareInputSchema>;

export interface HardwareDevice extends HardwareInput {
  virtual: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface HardwareRow {
  id: string;
  kind: HardwareKind;
  name: string;
  profile_id: string;
  transport: string;
  created_at: string;
  updated_at: string;
}

export function toHardwareDevice(row: HardwareRow): HardwareDevice {
  const transport = JSON.parse(row.transport) as HardwareTransport;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    profileId: row.profile_id,
    transport,
    virtual: transport.type === 'virtual',
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
