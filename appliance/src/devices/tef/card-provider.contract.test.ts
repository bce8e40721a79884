import { mkdtemp, rm } from 'node:fs/promises';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardProviderContract } from './card-provider-contract.js';
import { TefManagerSimulator } from './simulator.js';
import { SitefEmulator } from './sitef-emulator-harness.js';
import { SitefProvider } from './sitef-provider.js';
import { TefDialProvider } from './tef-dial-provider.js';
import { VirtualCardNetwork, VirtualCardProvider } from './virtual-provider.js';

cardProviderContract('virtual', async () => {
  const network = new VirtualCardNetwork();
  let provider = new VirtualCardProvider(network);
  return {
    get provider() {
      return provider;
    },
    async restart() {
      provider = new VirtualCardProvider(network);
    },
    setScenario: (scenario) => {
      network.scenario = scenario;
    },
    networkState: (transactionId) => network.states.get(transactionId),
    close: async () => undefined,
  };
});

cardProviderContract('TEF Dial files with the manager simulator', async () => {
  const root = await mkdtemp(join(tmpdir(), 'chefia-tef-'));
  const dirs = { reqDir: join(root, 'req'), respDir: join(root, 'resp') };
  const simulator = new TefManagerSimulator(dirs, 10);
  await simulator.start();
  const make = () => new TefDialProvider({ ...dirs, dataDir: join(root, 'data'), responseTimeoutMs: 600, pollIntervalMs: 10 });
  let provider = make();
  return {
    get provider() {
      return provider;
    },
    async restart() {
      provider = make();
    },
    setScenario: (scenario) => simulator.setScenario(scenario),
    networkState: (transactionId) => simulator.byDocument(transactionId)?.state,
    close: async () => {
      await simulator.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
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
  const make = () =>
    new SitefProvider({ libraryPath, server, storeCode: '00000000', terminalId: 'SE000001', dataDir: join(root, 'data'), responseTimeoutMs: 300, pollIntervalMs: 5 });
  let provider = make();
  return {
    get provider() {
      return provider;
    },
    async restart() {
      // The crashed instance is dropped as it is: nothing finalized, the library never told.
      provider = make();
    },
    setScenario: (scenario) => SitefEmulator.setScenario(server, scenario),
    networkState: (transactionId) => SitefEmulator.networkState(server, transactionId),
    close: async () => {
      await provider.close();
      await rm(root, { recursive: true, force: true });
    },
  };
});
