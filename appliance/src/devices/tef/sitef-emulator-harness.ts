import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  /** Holds the emulator right after it records an approval, or before FinalizaFuncao records its outcome. */
  static pause(server: string, where: 'authorize' | 'finish' | null, ms = 0): void {
    if (where) writeFileSync(join(server, 'pause'), `${where} ${ms}`);
    else rmSync(join(server, 'pause'), { force: true });
  }

  /** Every coupon the emulated server saw, with its state. */
  static coupons(server: string): { coupon: string; state: SimulatedState }[] {
    return readdirSync(server)
      .filter((name) => name.endsWith('.tx'))
      .map((name) => ({ coupon: name.slice(0, -3), state: readFileSync(join(server, name), 'utf8').split(' ')[0] as SimulatedState }));
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
