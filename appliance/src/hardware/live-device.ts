import type { CustomerDisplay } from '../devices/display/customer-display.js';
import type { VirtualCustomerDisplay } from '../devices/display/virtual-display.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import { withinCapacity } from '../devices/scale/capacity.js';
import type { Scale } from '../devices/scale/weight-reading.js';
import { VirtualScale } from '../devices/scale/virtual-scale.js';
import type { BarcodeScanner } from '../devices/scanner/barcode-scanner.js';
import { VirtualBarcodeScanner } from '../devices/scanner/virtual-scanner.js';
import type { CardPaymentProvider } from '../devices/tef/card-provider.js';
import { SitefProvider } from '../devices/tef/sitef-provider.js';
import { TefDialProvider } from '../devices/tef/tef-dial-provider.js';
import { VirtualCardProvider, type VirtualCardNetwork } from '../devices/tef/virtual-provider.js';
import type { HardwareDevice } from './model.js';

/** A configured device turned into its driver; the `virtual*` field is set for in-process devices. */
export type LiveDevice =
  | { kind: 'scale'; config: HardwareDevice; scale: Scale; virtualScale: VirtualScale | null; close(): Promise<void> }
  | { kind: 'scanner'; config: HardwareDevice; scanner: BarcodeScanner; virtualScanner: VirtualBarcodeScanner | null; close(): Promise<void> }
  | { kind: 'customer-display'; config: HardwareDevice; display: CustomerDisplay; virtualDisplay: VirtualCustomerDisplay | null; close(): Promise<void> }
  | { kind: 'tef'; config: HardwareDevice; provider: CardPaymentProvider; close(): Promise<void> };

export interface LiveDeviceDeps {
  dataDir: string;
  /** The store's zone (SiTef's fiscal date and time of a payment). */
  timeZone: string;
  /** Shared by every virtual TEF provider so a reconfiguration keeps its pending approvals. */
  virtualCardNetwork: VirtualCardNetwork;
}

const nothingToClose = async () => undefined;

/**
 * Builds the driver for a configured device. Opens nothing: serial ports open on first use or start.
 * Serial drivers (serialport's native addon) and the display code pages (iconv-lite) are imported
 * here, only for a store that configured such a device, so a store without them never pays their memory.
 */
export async function buildLiveDevice(config: HardwareDevice, profile: DeviceProfile, deps: LiveDeviceDeps): Promise<LiveDevice> {
  const { transport } = config;
  const path = transport.type === 'serial' ? transport.path : null;
  if (profile.kind === 'tef') return buildTefDevice(config, deps);
  if (profile.kind === 'scale') {
    if (path) {
      const { SerialScale } = await import('../devices/scale/serial-scale.js');
      const scale = SerialScale.fromProfile(profile, path);
      return { kind: 'scale', config, scale: withinCapacity(scale, profile.scale.maxWeightGrams), virtualScale: null, close: () => scale.close() };
    }
    const scale = new VirtualScale();
    scale.place({ state: 'stable', grams: transport.type === 'virtual' ? (transport.grams ?? 0) : 0 });
    return { kind: 'scale', config, scale: withinCapacity(scale, profile.scale.maxWeightGrams), virtualScale: scale, close: nothingToClose };
  }
  if (profile.kind === 'scanner') {
    const scanner = path ? (await import('../devices/scanner/serial-scanner.js')).SerialBarcodeScanner.fromProfile(profile, path) : new VirtualBarcodeScanner();
    const virtualScanner = scanner instanceof VirtualBarcodeScanner ? scanner : null;
    return { kind: 'scanner', config, scanner, virtualScanner, close: () => scanner.stop() };
  }
  if (profile.kind === 'customer-display') {
    if (path) {
      const { SerialCustomerDisplay } = await import('../devices/display/serial-display.js');
      const display = SerialCustomerDisplay.fromProfile(profile, path);
      return { kind: 'customer-display', config, display, virtualDisplay: null, close: () => display.close() };
    }
    const { commandSet, codePage, columns } = profile.display;
    const { VirtualCustomerDisplay } = await import('../devices/display/virtual-display.js');
    const display = new VirtualCustomerDisplay({ commandSet, codePage, columns });
    return { kind: 'customer-display', config, display, virtualDisplay: display, close: nothingToClose };
  }
  throw new Error(`hardware module does not drive ${profile.kind} devices`);
}

/**
 * Synchronous, with no optional dependency: payments' start-up recovery needs the TEF terminal before
 * any module starts. The SiTef driver loads its library (koffi) on its first call.
 */
export function buildTefDevice(config: HardwareDevice, deps: LiveDeviceDeps): LiveDevice {
  const { transport } = config;
  if (transport.type === 'sitef') {
    const { library, server, storeCode, terminalId } = transport;
    const provider = new SitefProvider({ libraryPath: library, server, storeCode, terminalId, dataDir: deps.dataDir, timeZone: deps.timeZone });
    return { kind: 'tef', config, provider, close: () => provider.close() };
  }
  const provider =
    transport.type === 'tef-dial'
      ? new TefDialProvider({ reqDir: transport.reqDir, respDir: transport.respDir, dataDir: deps.dataDir })
      : new VirtualCardProvider(deps.virtualCardNetwork);
  return { kind: 'tef', config, provider, close: nothingToClose };
}
