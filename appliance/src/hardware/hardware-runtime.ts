import type { CustomerDisplay } from '../devices/display/customer-display.js';
import type { DeviceProfile } from '../devices/profiles/schema.js';
import type { Scale } from '../devices/scale/weight-reading.js';
import { resolveScans, type BarcodeLookup, type ScanResolution } from '../devices/scanner/product-lookup.js';
import type { CardPaymentProvider } from '../devices/tef/card-provider.js';
import { VirtualCardNetwork } from '../devices/tef/virtual-provider.js';
import type { Db } from '../kernel/db/open.js';
import { AppError } from '../kernel/errors.js';
import type { Logger } from '../kernel/logger.js';
import { buildLiveDevice, buildTefDevice, type LiveDevice } from './live-device.js';
import type { HardwareDevice } from './model.js';
import { listHardware } from './registry.js';

export interface HardwareRuntimeDeps {
  db: Db;
  profiles: DeviceProfile[];
  dataDir: string;
  timeZone: string;
  logger: Logger;
  /** Where resolved scans go (the module publishes them on MQTT). */
  onScan(scannerId: string, resolution: ScanResolution): void;
}

const SCANNER_RETRY_MS = 30_000;

interface Entry {
  signature: string;
  live: LiveDevice;
  disconnectScans?: () => void;
}

/**
 * The drivers of the configured devices, kept in step with the registry table. `sync` rebuilds only
 * the devices whose configuration changed, so reconfiguring a display never reopens the scale port.
 */
export class HardwareRuntime {
  private readonly entries = new Map<string, Entry>();
  private readonly virtualCardNetwork = new VirtualCardNetwork();
  private lookup: BarcodeLookup = async () => {
    throw new Error('no catalog lookup is wired to the scanners');
  };
  private started = false;
  private syncing: Promise<void> = Promise.resolve();
  /** Devices that are configured but not working, with why (for health and the device view). */
  private readonly problems = new Map<string, string>();
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: HardwareRuntimeDeps) {}

  /** The catalog lookup scans resolve against (wired by a workflow, since modules do not import each other). */
  useBarcodeLookup(lookup: BarcodeLookup): void {
    this.lookup = lookup;
  }

  /**
   * Builds the TEF terminal's driver before any module starts (payments' recovery asks for it);
   * the other drivers may import optional packages, so `start` builds them.
   */
  load(): void {
    for (const config of listHardware(this.deps.db)) {
      if (config.kind !== 'tef') continue;
      const profile = this.profileOf(config);
      if (profile) this.track(config, () => buildTefDevice(config, this.liveDeps()));
    }
  }

  async start(): Promise<void> {
    this.started = true;
    await this.sync();
    await this.serialised(() => this.startIdleScanners());
    // A USB-CDC scanner plugged in after start-up appears on its configured path later; only that path is retried.
    this.retryTimer = setInterval(() => void this.serialised(() => this.startIdleScanners()).catch(() => undefined), SCANNER_RETRY_MS);
    this.retryTimer.unref();
  }

  /** Brings the drivers in line with the registry table. */
  sync(): Promise<void> {
    return this.serialised(() => this.applyRegistry());
  }

  /** One change at a time, so a reconfiguration and a retry never race on the same port. */
  private serialised(work: () => Promise<void>): Promise<void> {
    const next = this.syncing.then(work);
    this.syncing = next.catch((error: unknown) => this.deps.logger.error({ err: error }, 'hardware sync failed'));
    return next;
  }

  async stop(): Promise<void> {
    this.started = false;
    if (this.retryTimer) clearInterval(this.retryTimer);
    await this.syncing;
    for (const id of [...this.entries.keys()]) await this.remove(id);
  }

  /** Configured devices that are offline, by id, with the reason. */
  offline(): Record<string, string> {
    const offline = Object.fromEntries(this.problems);
    // A scanner that was reading and lost its line is offline until the retry opens it again.
    for (const [id, entry] of this.entries) if (entry.live.kind === 'scanner' && entry.disconnectScans && !entry.live.scanner.reading) offline[id] ??= 'SCANNER_UNAVAILABLE';
    return offline;
  }

  live(id: string): LiveDevice | null {
    return this.entries.get(id)?.live ?? null;
  }

  scale(id: string): Scale {
    const live = this.live(id);
    if (!live) throw new AppError('HARDWARE_NOT_FOUND', 404, 'HARDWARE_NOT_FOUND', { id });
    if (live.kind !== 'scale') throw new AppError('HARDWARE_NOT_A_SCALE', 422, 'HARDWARE_NOT_A_SCALE', { id, kind: live.kind });
    return live.scale;
  }

  displays(): { id: string; display: CustomerDisplay; virtual: boolean }[] {
    return [...this.entries.values()].flatMap((e) =>
      e.live.kind === 'customer-display' ? [{ id: e.live.config.id, display: e.live.display, virtual: e.live.virtualDisplay !== null }] : [],
    );
  }

  /** The configured TEF terminal's provider, or null when the store has none. */
  cardProvider(): CardPaymentProvider | null {
    for (const entry of this.entries.values()) if (entry.live.kind === 'tef') return entry.live.provider;
    return null;
  }

  private async applyRegistry(): Promise<void> {
    const wanted = new Map(listHardware(this.deps.db).map((d) => [d.id, d]));
    for (const id of [...this.problems.keys()]) if (!wanted.has(id)) this.problems.delete(id);
    for (const [id, entry] of [...this.entries]) {
      const config = wanted.get(id);
      if (!config || signatureOf(config) !== entry.signature) await this.remove(id);
    }
    for (const config of wanted.values()) {
      if (this.entries.has(config.id)) continue;
      const entry = await this.add(config);
      if (entry && this.started) await this.startScanner(config.id, entry);
    }
  }

  private async add(config: HardwareDevice): Promise<Entry | null> {
    const profile = this.profileOf(config);
    if (!profile) return null;
    let live: LiveDevice;
    try {
      live = await buildLiveDevice(config, profile, this.liveDeps());
    } catch (error) {
      return this.driverFailed(config, error);
    }
    return this.track(config, () => live);
  }

  private profileOf(config: HardwareDevice): DeviceProfile | null {
    const profile = this.deps.profiles.find((p) => p.id === config.profileId);
    if (profile) return profile;
    this.problems.set(config.id, 'PROFILE_NOT_FOUND');
    this.deps.logger.error({ deviceId: config.id, profileId: config.profileId }, 'configured device has no firmware profile; left offline');
    return null;
  }

  private liveDeps() {
    return { dataDir: this.deps.dataDir, timeZone: this.deps.timeZone, virtualCardNetwork: this.virtualCardNetwork };
  }

  private track(config: HardwareDevice, build: () => LiveDevice): Entry | null {
    try {
      const entry: Entry = { signature: signatureOf(config), live: build() };
      this.entries.set(config.id, entry);
      this.problems.delete(config.id);
      return entry;
    } catch (error) {
      return this.driverFailed(config, error);
    }
  }

  private driverFailed(config: HardwareDevice, error: unknown): null {
    this.problems.set(config.id, (error as AppError).code ?? 'DRIVER_FAILED');
    this.deps.logger.error({ err: error, deviceId: config.id }, 'configured device cannot be driven; left offline');
    return null;
  }

  private async startIdleScanners(): Promise<void> {
    if (!this.started) return;
    for (const [id, entry] of [...this.entries]) await this.startScanner(id, entry);
  }

  /** Opens a scanner not reading yet, or again after its link was lost (a USB-serial adapter unplugged and back). */
  private async startScanner(id: string, entry: Entry): Promise<void> {
    const { live } = entry;
    if (live.kind !== 'scanner' || live.scanner.reading) return;
    try {
      await live.scanner.start();
    } catch (error) {
      // The rest of the store keeps working; the scanner's own port is retried periodically.
      if (!this.problems.has(id)) this.deps.logger.error({ err: error, deviceId: id, code: (error as AppError).code }, 'scanner could not be opened');
      this.problems.set(id, (error as AppError).code ?? 'SCANNER_UNAVAILABLE');
      return;
    }
    this.problems.delete(id);
    // Scans are wired once: a reopened port delivers to the same resolution.
    entry.disconnectScans ??= resolveScans(live.scanner, (code) => this.lookup(code), (resolution) => this.deps.onScan(id, resolution));
  }

  private async remove(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    this.problems.delete(id);
    entry.disconnectScans?.();
    await entry.live.close().catch((error: unknown) => this.deps.logger.warn({ err: error, deviceId: id }, 'device did not close cleanly'));
  }
}

function signatureOf(config: HardwareDevice): string {
  return JSON.stringify([config.kind, config.profileId, config.transport]);
}
