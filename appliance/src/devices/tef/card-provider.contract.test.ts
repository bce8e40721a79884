import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { cardProviderContract, restartableHarness, type CardProviderHarness } from './card-provider-contract.js';
import { TefManagerSimulator } from './simulator.js';
import { SitefEmulator } from './sitef-emulator-harness.js';
import { SitefProvider } from './sitef-provider.js';
import { TefDialProvider } from './tef-dial-provider.js';
import { VirtualCardNetwork, VirtualCardProvider } from './virtual-provider.js';

cardProviderContract('virtual', async () => {
  const network = new VirtualCardNetwork();
  return restartableHarness(() => new VirtualCardProvider(network), {
    setScenario: (scenario) => {
      network.scenario = scenario;
    },
    networkState: (transactionId) => network.states.get(transactionId),
    close: async () => undefined,
  });
});

cardProviderContract('TEF Dial files with the manager simulator', async () => {
  const root = await mkdtemp(join(tmpdir(), 'chefia-tef-'));
  const dirs = { reqDir: join(root, 'req'), respDir: join(root, 'resp') };
  const simulator = new TefManagerSimulator(dirs, 10);
  await simulator.start();
  return restartableHarness(() => new TefDialProvider({ ...dirs, dataDir: join(root, 'data'), responseTimeoutMs: 600, pollIntervalMs: 10 }), {
    setScenario: (scenario) => simulator.setScenario(scenario),
    networkState: (transactionId) => simulator.byDocument(transactionId)?.state,
    close: async () => {
      await simulator.stop();
      await rm(root, { recursive: true, force: true });
    },
  });
});

let emulator: Promise<SitefEmulator> | null = null;
afterAll(async () => {
  await (await emulator)?.remove();
});

cardProviderContract('SiTef over the CliSiTef emulator library', async () => {
  emulator ??= SitefEmulator.build();
  const { libraryPath } = await emulator;
  const root = await mkdtemp(join(tmpdir(), 'chefia-sitef-'));
  const server = await (await emulator).server(root);
  // restart() drops the provider without finalizing anything, as a crash would.
  const harness: CardProviderHarness = restartableHarness(
    () => new SitefProvider({ libraryPath, server, storeCode: '00000000', terminalId: 'SE000001', dataDir: join(root, 'data'), responseTimeoutMs: 300, pollIntervalMs: 5 }),
    {
      setScenario: (scenario) => SitefEmulator.setScenario(server, scenario),
      networkState: (transactionId) => SitefEmulator.networkState(server, transactionId),
      close: async () => {
        await (harness.provider as SitefProvider).close();
        await rm(root, { recursive: true, force: true });
      },
    },
  );
  return harness;
});
