import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardProviderContract } from './card-provider-contract.js';
import { TefManagerSimulator } from './simulator.js';
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
