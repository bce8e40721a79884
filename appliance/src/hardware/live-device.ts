import { SerialCustomerDisplay, VirtualCustomerDisplay, type CustomerDisplay } from '../devices/display/index.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import { SerialScale, VirtualScale, type Scale } from '../devices/scale/index.js';
import { SerialBarcodeScanner, VirtualBarcodeScanner, type BarcodeScanner } from '../devices/scanner/index.js';
import { TefDialProvider, VirtualCardProvider, type CardPaymentProvider, type VirtualCardNetwork } from '../devices/tef/index.js';
import type { HardwareDevice } from './model.js';

/** A configured device turned into its driver; the `virtual*` field is set for in-process devices. */
export type LiveDevice =
  | { kind: 'scale'; config: HardwareDevice; scale: Scale; virtualScale: VirtualScale | null; close(): Promise<void> }
  | { kind: 'scanner'; config: HardwareDevice; scanner: BarcodeScanner; virtualScanner: VirtualBarcodeScanner | null; close(): Promise<void> }
  | { kind: 'customer-display'; config: HardwareDevice; display: CustomerDisplay; virtualDisplay: VirtualCustomerDisplay | null; close(): Promise<void> }
  | { kind: 'tef'; config: HardwareDevice; provider: CardPaymentProvider; close(): Promise<void> };

export interface LiveDeviceDeps {
  dataDir: string;
  /** Shared by every virtual TEF provider so a reconfiguration keeps its pending approvals. */
  virtualCardNetwork: VirtualCardNetwork;
}

const nothingToClose = async () => undefined;

/** Builds the driver for a configured device. Opens nothing: serial ports open on first use or start. */
export function buildLiveDevice(config: HardwareDevice, profile: DeviceProfile, deps: LiveDeviceDeps): LiveDevice {
  const { transport } = config;
  const path = transport.type === 'serial' ? transport.path : null;
  if (profile.kind === 'scale') {
    if (path) {
      const scale = SerialScale.fromProfile(profile, path);
      return { kind: 'scale', config, scale, virtualScale: null, close: () => scale.close() };
    }
    const scale = new VirtualScale();
    scale.place({ state: 'stable', grams: transport.type === 'virtual' ? (transport.grams ?? 0) : 0 });
    return { kind: 'scale', config, scale, virtualScale: scale, close: nothingToClose };
  }
  if (profile.kind === 'scanner') {
    const scanner = path ? SerialBarcodeScanner.fromProfile(profile, path) : new VirtualBarcodeScanner();
    const virtualScanner = scanner instanceof VirtualBarcodeScanner ? scanner : null;
    return { kind: 'scanner', config, scanner, virtualScanner, close: () => scanner.stop() };
  }
  if (profile.kind === 'customer-display') {
    if (path) {
      const display = SerialCustomerDisplay.fromProfile(profile, path);
      return { kind: 'customer-display', config, display, virtualDisplay: null, close: () => display.close() };
    }
    const { commandSet, codePage, columns } = profile.display;
    const display = new VirtualCustomerDisplay({ commandSet, codePage, columns });
    return { kind: 'customer-display', config, display, virtualDisplay: display, close: nothingToClose };
  }
  if (profile.kind === 'tef') {
    const provider =
      transport.type === 'tef-dial'
        ? new TefDialProvider({ reqDir: transport.reqDir, respDir: transport.respDir, dataDir: deps.dataDir })
        : new VirtualCardProvider(deps.virtualCardNetwork);
    return { kind: 'tef', config, provider, close: nothingToClose };
  }
  throw new Error(`hardware module does not drive ${profile.kind} devices`);
}
