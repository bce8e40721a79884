import { PrinterError } from '../printer.js';
import type { PrinterTransport, TransportSession } from '../transport.js';

const USB_CLASS_PRINTER = 7;
const CHUNK = 4096;

export interface UsbEndpointChoice {
  interfaceNumber: number;
  outEndpoint: number;
  inEndpoint: number | null;
}

interface InterfaceLike {
  interfaceNumber: number;
  alternate: { interfaceClass: number; endpoints: Array<{ endpointNumber: number; direction: 'in' | 'out'; type: string }> };
}

/** Picks the bulk OUT (and IN, for status) endpoints, preferring the USB printer class interface. */
export function pickPrinterEndpoints(interfaces: InterfaceLike[]): UsbEndpointChoice | null {
  const withBulkOut = interfaces.filter((i) => i.alternate.endpoints.some((e) => e.direction === 'out' && e.type === 'bulk'));
  const chosen = withBulkOut.find((i) => i.alternate.interfaceClass === USB_CLASS_PRINTER) ?? withBulkOut[0];
  if (!chosen) return null;
  const out = chosen.alternate.endpoints.find((e) => e.direction === 'out' && e.type === 'bulk')!;
  const inbound = chosen.alternate.endpoints.find((e) => e.direction === 'in' && e.type === 'bulk');
  return { interfaceNumber: chosen.interfaceNumber, outEndpoint: out.endpointNumber, inEndpoint: inbound?.endpointNumber ?? null };
}

interface UsbDeviceLike {
  vendorId: number;
  productId: number;
  serialNumber?: string | null;
  configuration?: { interfaces: InterfaceLike[] } | null;
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(value: number): Promise<void>;
  claimInterface(n: number): Promise<void>;
  releaseInterface(n: number): Promise<void>;
  detachKernelDriver?(n: number): Promise<void>;
  transferOut(endpoint: number, data: Uint8Array): Promise<{ status: string; bytesWritten: number }>;
  transferIn(endpoint: number, length: number): Promise<{ status: string; data?: DataView }>;
}

/** Direct USB printing with the `usb` package (WebUSB API), used when no kernel usblp device is wanted. */
export class UsbTransport implements PrinterTransport {
  readonly description: string;
  canRead = true;

  constructor(
    private readonly vendorId: number,
    private readonly productId: number,
    private readonly serialNumber?: string,
  ) {
    this.description = `usb:${vendorId.toString(16).padStart(4, '0')}:${productId.toString(16).padStart(4, '0')}${serialNumber ? `/${serialNumber}` : ''}`;
  }

  async open(): Promise<TransportSession> {
    let devices: UsbDeviceLike[];
    try {
      const { usb } = await import('usb');
      devices = (await usb.getDevices()) as unknown as UsbDeviceLike[];
    } catch (err) {
      throw new PrinterError('PRINTER_TRANSPORT_UNAVAILABLE', `${this.description}: USB unavailable (${(err as Error).message})`);
    }
    const device = devices.find(
      (d) => d.vendorId === this.vendorId && d.productId === this.productId && (!this.serialNumber || d.serialNumber === this.serialNumber),
    );
    if (!device) throw new PrinterError('PRINTER_UNREACHABLE', `${this.description}: device not connected`);
    await device.open();
    if (!device.configuration) await device.selectConfiguration(1);
    const choice = pickPrinterEndpoints(device.configuration?.interfaces ?? []);
    if (!choice) {
      await device.close();
      throw new PrinterError('PRINTER_TRANSPORT_UNAVAILABLE', `${this.description}: no bulk OUT endpoint`);
    }
    // The kernel's usblp driver owns printer-class interfaces on Linux; take it over for this job.
    await device.detachKernelDriver?.(choice.interfaceNumber).catch(() => undefined);
    await device.claimInterface(choice.interfaceNumber);
    this.canRead = choice.inEndpoint !== null;
    return new UsbSession(device, choice, this.description);
  }
}

class UsbSession implements TransportSession {
  private received = Buffer.alloc(0);

  constructor(
    private readonly device: UsbDeviceLike,
    private readonly choice: UsbEndpointChoice,
    private readonly description: string,
  ) {}

  async write(bytes: Buffer): Promise<void> {
    for (let offset = 0; offset < bytes.length; offset += CHUNK) {
      const part = bytes.subarray(offset, offset + CHUNK);
      const result = await this.device.transferOut(this.choice.outEndpoint, part).catch((err: Error) => {
        throw new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: ${err.message}`);
      });
      if (result.status !== 'ok' || result.bytesWritten !== part.length) {
        throw new PrinterError('PRINTER_CONNECTION_LOST', `${this.description}: transfer ${result.status}, ${result.bytesWritten}/${part.length} bytes`);
      }
    }
  }

  async read(length: number, timeoutMs: number): Promise<Buffer> {
    if (this.choice.inEndpoint === null) throw new PrinterError('PRINTER_TRANSPORT_UNAVAILABLE', `${this.description}: no IN endpoint`);
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < length) {
      if (Date.now() > deadline) throw new PrinterError('PRINTER_TIMEOUT', `${this.description}: no status reply within ${timeoutMs} ms`);
      const result = await this.device.transferIn(this.choice.inEndpoint, 64);
      if (result.data && result.data.byteLength > 0) {
        this.received = Buffer.concat([this.received, Buffer.from(result.data.buffer, result.data.byteOffset, result.data.byteLength)]);
      }
    }
    const out = this.received.subarray(0, length);
    this.received = this.received.subarray(length);
    return out;
  }

  async close(): Promise<void> {
    await this.device.releaseInterface(this.choice.interfaceNumber).catch(() => undefined);
    await this.device.close().catch(() => undefined);
  }

  destroy(): void {
    void this.close();
  }
}
