import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfileFile } from '../profiles/loader.js';
import { firmwareProfilesDir } from '../profiles/repo-root.js';
import type { CustomerDisplayProfile } from '../profiles/schema.js';
import { closeSerialLine, openSerialLine } from '../scale/serial-line.js';
import { openPtyPair } from '../testing/pty.js';
import { DisplayEmulator } from './display-emulator.js';
import { itemAndTotalLines } from './item-lines.js';
import { SerialCustomerDisplay } from './serial-display.js';

describe('SerialCustomerDisplay from firmware profiles', () => {
  for (const id of ['partner-tech-cd-7220', 'posiflex-pd-2800']) {
    it(`drives a ${id} over a PTY with the profile's command set and code page`, async () => {
      const profile = parseProfileFile(join(firmwareProfilesDir(), `${id}.json`)) as CustomerDisplayProfile;
      const pty = await openPtyPair();
      const glass = new DisplayEmulator(profile.display.columns, 2);
      const device = await openSerialLine({ path: pty.b, baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 });
      device.on('data', (chunk: Buffer) => glass.feed(chunk));
      const display = SerialCustomerDisplay.fromProfile(profile, pty.a);
      try {
        const lines = itemAndTotalLines({ description: 'Feijão tropeiro', amountCents: 2_890 }, 4_380, 'TOTAL');
        await display.show(lines);
        await expect.poll(() => glass.lines()).toEqual(lines);
      } finally {
        await display.close();
        await closeSerialLine(device);
        await pty.close();
      }
    });
  }

  it('fails with CUSTOMER_DISPLAY_UNAVAILABLE when the port is missing', async () => {
    const display = new SerialCustomerDisplay({
      commandSet: 'cd5220',
      codePage: 'CP860',
      columns: 20,
      line: { path: '/nonexistent/ttyUSB7', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 },
    });
    await expect(display.show(['a', 'b'])).rejects.toMatchObject({ code: 'CUSTOMER_DISPLAY_UNAVAILABLE' });
  });
});
