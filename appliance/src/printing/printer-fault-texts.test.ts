import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfiles } from '../devices/profiles/loader.js';
import type { Printer } from '../devices/printer/printer.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPrintingModule } from './index.js';
import { printingMessages } from './messages.pt-BR.js';
import { ConfiguredPrinters } from './printer-resolver.js';

/**
 * The back office shows a failed print and a printer check in Portuguese, whatever the printer's
 * driver said: a fault it gives no code for reads as the catch-all text, never its English words.
 */
describe('what a failed print and a printer check say in the back office', () => {
  let app: TestAppliance;
  const profiles = loadProfiles();
  // A driver failing with a bare library error: no code, English words.
  const faultyDriver = (): Printer =>
    ({
      print: () => Promise.reject(new Error('LIBUSB_ERROR_PIPE: endpoint halted')),
      status: () => Promise.reject(new Error('LIBUSB_ERROR_IO: input/output error')),
    }) as unknown as Printer;
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, {
      method,
      headers: { authorization: app.bearer(['printing.read', 'printing.manage', 'printers.read']), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as { data: any } };
  };
  const failedJob = (id: string) =>
    waitUntil('the job failed', async () => (await call('GET', `/print-jobs/${id}`)).body.data, (job) => job.status === 'FAILED');

  beforeAll(async () => {
    const printing = createPrintingModule({
      retry: { baseDelayMs: 10, maxDelayMs: 20, failoverAfterAttempts: 9, maxAttempts: 2 },
      resolver: new ConfiguredPrinters(profiles, faultyDriver),
    });
    app = await startTestAppliance([printing]);
    const saved = await call('PUT', '/printers/balcao', { name: 'Balcão', profileId: 'epson-tm-t20', connection: { type: 'usb' } });
    expect(saved.status).toBe(200);
  });
  afterAll(() => app.close());

  it('a job the driver failed without a code shows PRINTER_ERROR with its pt-BR text', async () => {
    const queued = await call('POST', '/print-jobs', { printerId: 'balcao', payload: { document: { columns: 48, ops: [{ op: 'text', text: 'teste' }] } } });
    expect(queued.status).toBe(201);
    const job = await failedJob(queued.body.data.id);
    expect(job).toMatchObject({ lastErrorCode: 'PRINTER_ERROR', lastError: printingMessages.PRINTER_ERROR });
    const failed = app.ctx.journal.readAfter(0).find((e) => e.type === 'print_job.failed' && e.aggregateId === job.id);
    expect(failed?.payload).toMatchObject({ errorCode: 'PRINTER_ERROR', error: printingMessages.PRINTER_ERROR });
  });

  it("the printer check of such a printer answers the catch-all code and its pt-BR text, not the driver's words", async () => {
    const checked = await call('GET', '/printers/balcao/status');
    expect(checked.status).toBe(200);
    expect(checked.body.data).toEqual({ printerId: 'balcao', reachable: false, errorCode: 'PRINTER_ERROR', error: printingMessages.PRINTER_ERROR });
  });

  it("a job failed with a driver's known code shows that code's pt-BR text, and so does the printer check", async () => {
    const closedPort = await freePort();
    const real = createPrintingModule({ retry: { baseDelayMs: 10, maxDelayMs: 20, failoverAfterAttempts: 9, maxAttempts: 1 } });
    const store = await startTestAppliance([real]);
    try {
      const auth = store.bearer(['printing.read', 'printing.manage', 'printers.read']);
      const request = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(`${store.baseUrl}/api/v1${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
        return ((await res.json()) as { data: any }).data;
      };
      await request('PUT', '/printers/rede', { name: 'Rede', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: closedPort } });
      const queued = await request('POST', '/print-jobs', { printerId: 'rede', payload: { document: { columns: 48, ops: [] } } });
      const job = await waitUntil('the job failed', () => request('GET', `/print-jobs/${queued.id}`), (j) => j.status === 'FAILED');
      expect(job).toMatchObject({ lastErrorCode: 'PRINTER_UNREACHABLE', lastError: printingMessages.PRINTER_UNREACHABLE });
      expect(await request('GET', '/printers/rede/status')).toEqual({ printerId: 'rede', reachable: false, errorCode: 'PRINTER_UNREACHABLE', error: printingMessages.PRINTER_UNREACHABLE });
    } finally {
      await store.close();
    }
  });
});

/** A port nothing listens on: connecting to it is refused at once. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
