import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCliSiTefEmulator } from './build-clisitef-emulator.js';
import type { SimulatedState, TefScenario } from './simulator.js';
import { sitefCouponNumber } from './sitef-provider.js';

/**
 * The in-repo CliSiTef emulator for tests: compiled once per test file with the system `cc`,
 * with one emulated SiTef server directory per test (its address for ConfiguraIntSiTefInterativo).
 */
export class SitefEmulator {
  private constructor(
    readonly libraryPath: string,
    private readonly buildDir: string,
  ) {}

  static async build(): Promise<SitefEmulator> {
    const buildDir = await mkdtemp(join(tmpdir(), 'chefia-clisitef-'));
    return new SitefEmulator(buildCliSiTefEmulator(buildDir), buildDir);
  }

  /** A fresh emulated server (its state directory). */
  async server(root: string): Promise<string> {
    const dir = join(root, 'sitef-server');
    await mkdir(dir, { recursive: true });
    return dir;
  }

  static setScenario(server: string, scenario: TefScenario): void {
    writeFileSync(join(server, 'scenario'), scenario);
  }

  /** What the emulated SiTef server believes happened to the payment's coupon. */
  static networkState(server: string, transactionId: string): SimulatedState | undefined {
    try {
      const record = readFileSync(join(server, `${sitefCouponNumber(transactionId)}.tx`), 'utf8');
      return record.split(' ')[0] as SimulatedState;
    } catch {
      return undefined;
    }
  }

  async remove(): Promise<void> {
    await rm(this.buildDir, { recursive: true, force: true });
  }
}
