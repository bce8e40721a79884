import { z } from 'zod';
import { lazySchema } from '../../../contract/lazy-schema.js';

/**
 * Firmware profile schema: one JSON file per device model in `firmware-profiles/`.
 * Every hardware value carries a `source` so nobody mistakes a guess for a datasheet value.
 */

export const valueSourceSchema = z
  .enum(['published', 'vendor-default', 'community-reported', 'unknown'])
  .describe('published = vendor datasheet/manual; vendor-default = factory setting, can be changed on the device; community-reported = seen in public driver lists, unverified; unknown = not known, must be configured');

const hexId = lazySchema(() => z.string().regex(/^0x[0-9a-f]{4}$/, 'lowercase 0x-prefixed 16-bit hex, e.g. 0x04b8'));

export const usbTransportSchema = lazySchema(() => z
  .object({
    vendorId: hexId,
    // null when the product id is not known: such a profile never auto-matches (a vendor id alone would claim unrelated devices).
    productId: hexId.nullable(),
    usbClass: z.enum(['printer', 'cdc-acm', 'hid', 'vendor-specific']),
    source: valueSourceSchema,
    note: z.string().optional(),
  })
  .strict());

export const serialTransportSchema = lazySchema(() => z
  .object({
    baudRate: z.number().int().positive(),
    parity: z.enum(['none', 'even', 'odd']),
    dataBits: z.union([z.literal(7), z.literal(8)]),
    stopBits: z.union([z.literal(1), z.literal(2)]),
    flowControl: z.enum(['none', 'rtscts', 'xonxoff']),
    source: valueSourceSchema,
    note: z.string().optional(),
  })
  .strict());

export const tcpTransportSchema = lazySchema(() => z
  .object({ port: z.number().int().min(1).max(65535), source: valueSourceSchema, note: z.string().optional() })
  .strict());

export const transportsSchema = lazySchema(() => z
  .object({
    usb: usbTransportSchema.optional(),
    serial: serialTransportSchema.optional(),
    tcp: tcpTransportSchema.optional(),
  })
  .strict());

export const commandSetSchema = lazySchema(() => z.enum(['escpos', 'escbema', 'star', 'daruma', 'elgin']));
export const codePageSchema = lazySchema(() => z.enum(['CP437', 'CP850', 'CP860', 'WPC1252']));

export const printerSpecSchema = lazySchema(() => z
  .object({
    commandSet: commandSetSchema,
    codePage: codePageSchema,
    columns: z.object({ fontA: z.number().int().positive(), fontB: z.number().int().positive() }).strict(),
    paperWidthMm: z.union([z.literal(58), z.literal(80)]),
    dotsPerLine: z.number().int().positive(),
    cutter: z.enum(['full', 'partial', 'none']),
    drawerPulse: z
      .object({ pin: z.union([z.literal(2), z.literal(5)]), onMs: z.number().int().positive(), offMs: z.number().int().positive() })
      .strict()
      .nullable(),
    qr: z.object({ supported: z.boolean(), maxModuleSize: z.number().int().min(1).max(16) }).strict(),
    status: z.enum(['dle-eot', 'escbema-gs-f8', 'daruma-enq', 'none']),
  })
  .strict());

export const scaleSpecSchema = lazySchema(() => z
  .object({
    protocol: z.enum(['toledo', 'filizola']),
    framing: z.enum(['A', 'B', 'P03', 'C', 'filizola']),
    request: z.literal('ENQ'),
    checksum: z.boolean(),
    weightDecimals: z.number().int().min(0).max(4),
    maxWeightGrams: z.number().int().positive(),
  })
  .strict());

export const tefSpecSchema = lazySchema(() => z
  .object({
    integration: z.enum(['tef-dial-files', 'pinpad-via-tef-manager']),
    manager: z.string(),
    commands: z.array(z.enum(['ATV', 'ADM', 'CRT', 'CNC', 'CNF', 'NCN'])),
  })
  .strict());

export const scannerSpecSchema = lazySchema(() => z
  .object({
    mode: z.enum(['hid-keyboard', 'serial', 'usb-cdc']),
    suffix: z.enum(['CR', 'LF', 'CRLF', 'none']),
    symbologies: z.array(z.string()).min(1),
  })
  .strict());

export const customerDisplaySpecSchema = lazySchema(() => z
  .object({
    commandSet: z.enum(['escpos-display', 'cd5220', 'posiflex']),
    lines: z.number().int().positive(),
    columns: z.number().int().positive(),
    codePage: codePageSchema,
  })
  .strict());

export const satSpecSchema = lazySchema(() => z.object({ library: z.string(), layoutVersion: z.string() }).strict());

const base = () => ({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case, equal to the file name without .json'),
  vendor: z.string().min(1),
  model: z.string().min(1),
  description: z.string().min(1),
  transports: transportsSchema,
  notes: z.array(z.string()).optional(),
});

export const printerProfileSchema = lazySchema(() => z.object({ ...base(), kind: z.literal('printer'), printer: printerSpecSchema }).strict());
export const scaleProfileSchema = lazySchema(() => z.object({ ...base(), kind: z.literal('scale'), scale: scaleSpecSchema }).strict());
export const tefProfileSchema = lazySchema(() => z.object({ ...base(), kind: z.literal('tef'), tef: tefSpecSchema }).strict());
export const satProfileSchema = lazySchema(() => z.object({ ...base(), kind: z.literal('sat'), sat: satSpecSchema }).strict());
export const scannerProfileSchema = lazySchema(() => z.object({ ...base(), kind: z.literal('scanner'), scanner: scannerSpecSchema }).strict());
export const customerDisplayProfileSchema = lazySchema(() => z
  .object({ ...base(), kind: z.literal('customer-display'), display: customerDisplaySpecSchema })
  .strict());

export const deviceProfileSchema = lazySchema(() => z.discriminatedUnion('kind', [
  printerProfileSchema,
  scaleProfileSchema,
  tefProfileSchema,
  satProfileSchema,
  scannerProfileSchema,
  customerDisplayProfileSchema,
]));

export type DeviceProfile = z.infer<typeof deviceProfileSchema>;
export type PrinterProfile = z.infer<typeof printerProfileSchema>;
export type ScaleProfile = z.infer<typeof scaleProfileSchema>;
export type TefProfile = z.infer<typeof tefProfileSchema>;
export type ScannerProfile = z.infer<typeof scannerProfileSchema>;
export type CustomerDisplayProfile = z.infer<typeof customerDisplayProfileSchema>;
export type PrinterSpec = z.infer<typeof printerSpecSchema>;
export type CodePage = z.infer<typeof codePageSchema>;
export type CommandSet = z.infer<typeof commandSetSchema>;
export type DeviceKind = DeviceProfile['kind'];
