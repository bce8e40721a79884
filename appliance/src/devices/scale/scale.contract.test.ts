import { openPtyPair } from '../testing/pty.js';
import type { ScaleFraming } from './frames/index.js';
import { scaleContract } from './scale-contract.js';
import { SerialScale } from './serial-scale.js';
import { ScaleSimulator } from './simulator.js';
import { VirtualScale } from './virtual-scale.js';

scaleContract('virtual', async () => {
  const scale = new VirtualScale();
  return {
    scale,
    place: (reading) => scale.place(reading),
    silence: () => scale.disconnect(),
    close: async () => undefined,
  };
});

const framings: { framing: ScaleFraming; checksum: boolean }[] = [
  { framing: 'A', checksum: true },
  { framing: 'B', checksum: false },
  { framing: 'C', checksum: false },
  { framing: 'P03', checksum: true },
  { framing: 'filizola', checksum: false },
];

for (const { framing, checksum } of framings) {
  scaleContract(`serial over PTY, framing ${framing}`, async () => {
    const pty = await openPtyPair();
    const line = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 } as const;
    const simulator = new ScaleSimulator({ line: { ...line, path: pty.b }, framing, checksum, weightDecimals: 3 });
    await simulator.start();
    // The simulator answers from this same process: on a loaded 2-core host its answer can take
    // longer than a real scale's, and a missed answer is a `timeout` the contract does not retry.
    const scale = new SerialScale({ line: { ...line, path: pty.a }, framing, checksum, weightDecimals: 3, responseTimeoutMs: 800 });
    return {
      scale,
      place: (reading) => simulator.place(reading),
      silence: () => simulator.setBehaviour('silent'),
      close: async () => {
        await scale.close();
        await simulator.stop();
        await pty.close();
      },
    };
  });
}
