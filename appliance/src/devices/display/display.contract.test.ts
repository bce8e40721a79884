import { closeSerialLine, openSerialLine } from '../scale/serial-line.js';
import { openPtyPair } from '../testing/pty.js';
import type { DisplayEncoderOptions } from './commands.js';
import { displayContract } from './display-contract.js';
import { DisplayEmulator } from './display-emulator.js';
import { SerialCustomerDisplay } from './serial-display.js';
import { VirtualCustomerDisplay } from './virtual-display.js';

const variants: DisplayEncoderOptions[] = [
  { commandSet: 'escpos-display', codePage: 'CP860', columns: 20 },
  { commandSet: 'cd5220', codePage: 'CP860', columns: 20 },
  { commandSet: 'escpos-display', codePage: 'WPC1252', columns: 20 },
  { commandSet: 'cd5220', codePage: 'CP437', columns: 20 },
];

for (const options of variants) {
  const label = `${options.commandSet} ${options.codePage}`;

  displayContract(`virtual, ${label}`, async () => {
    const display = new VirtualCustomerDisplay(options);
    return { display, codePage: options.codePage, glass: () => display.lines(), close: async () => undefined };
  });

  displayContract(`serial over PTY, ${label}`, async () => {
    const pty = await openPtyPair();
    const line = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 } as const;
    const glass = new DisplayEmulator(options.columns, 2);
    const device = await openSerialLine({ ...line, path: pty.b });
    device.on('data', (chunk: Buffer) => glass.feed(chunk));
    const display = new SerialCustomerDisplay({ ...options, line: { ...line, path: pty.a } });
    return {
      display,
      codePage: options.codePage,
      glass: () => glass.lines(),
      close: async () => {
        await display.close();
        await closeSerialLine(device);
        await pty.close();
      },
    };
  });
}
