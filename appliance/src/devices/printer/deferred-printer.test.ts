import { afterEach, describe, expect, it } from 'vitest';
import { loadProfiles } from '../profiles/loader.js';
import { DeferredPrinter } from './deferred-printer.js';
import { DocumentBuilder } from './document.js';
import { createDevicePrinter, PrinterConfigError } from './printer-config.js';
import { PrinterError } from './printer.js';
import { VirtualPrinterServer } from './virtual/server.js';

const profiles = loadProfiles();
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const receipt = () => new DocumentBuilder(48).line('Pão de queijo').cut().build();

describe('printer driver imported on first use', () => {
  it('prints through the real driver once it loads (TCP to the virtual printer)', async () => {
    const server = new VirtualPrinterServer();
    const port = await server.start();
    cleanups.push(() => server.stop());
    const printer = createDevicePrinter({ id: 'caixa', name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port } }, profiles);
    cleanups.push(() => printer.close());
    expect(printer).toBeInstanceOf(DeferredPrinter);
    const result = await printer.print(receipt());
    expect(result.bytes).toBeGreaterThan(0);
    await expect.poll(() => server.jobs.length).toBe(1);
    expect(server.jobs[0].text).toContain('Pão de queijo');
  });

  it('still refuses a wiring the profile cannot take at creation, before importing anything', () => {
    // The TM-T900 profile has no known USB product id.
    const create = () => createDevicePrinter({ id: 'x', name: 'X', profileId: 'epson-tm-t900', connection: { type: 'usb' } }, profiles);
    expect(create).toThrow(PrinterConfigError);
  });

  it('turns a driver that cannot load (missing native addon) into PRINTER_TRANSPORT_UNAVAILABLE and retries the import on the next job', async () => {
    let attempts = 0;
    const printer = new DeferredPrinter('serial-1', async () => {
      attempts += 1;
      // What Node throws when an optional package is absent.
      return import(['serialport', 'not-installed'].join('-'));
    });
    for (let i = 0; i < 2; i++) {
      const error = await printer.print(receipt()).then(() => null, (e: unknown) => e as PrinterError);
      expect(error).toBeInstanceOf(PrinterError);
      expect(error!.code).toBe('PRINTER_TRANSPORT_UNAVAILABLE');
      expect(error!.message).toContain('serial-1');
    }
    expect(attempts).toBe(2);
    await printer.close();
  });
});
