import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { findProfile, loadProfiles } from '../profiles/loader.js';
import type { PrinterProfile } from '../profiles/schema.js';
import { DevicePrinter } from './device-printer.js';
import { DocumentBuilder } from './document.js';
import { encodeDocument } from './encoders/encode.js';
import { PrinterError } from './printer.js';
import { TcpTransport } from './transports/tcp-transport.js';
import { VirtualPrinterServer } from './virtual/server.js';

const spec = (findProfile(loadProfiles(), 'epson-tm-t20') as PrinterProfile).printer;
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const longDoc = () => {
  const b = new DocumentBuilder(48);
  for (let i = 0; i < 200; i++) b.line(`Linha ${i} — pão de queijo com café`);
  return b.cut().build();
};

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as PrinterError);

describe('DevicePrinter over TCP: failures are explicit', () => {
  it('reports PRINTER_UNREACHABLE when nothing listens', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    await new Promise((r) => server.close(r));
    const printer = new DevicePrinter({ id: 'p', spec, transport: new TcpTransport({ host: '127.0.0.1', port }) });
    const error = await errorOf(printer.print(longDoc()));
    expect(error).toBeInstanceOf(PrinterError);
    expect(error!.code).toBe('PRINTER_UNREACHABLE');
  });

  it('reports PRINTER_CONNECTION_LOST when the printer drops the socket mid-job, and the peer saw only part of it', async () => {
    const vp = new VirtualPrinterServer();
    const port = await vp.start();
    cleanups.push(() => vp.stop());
    vp.failNextJob({ closeAfterBytes: 500 });
    const printer = new DevicePrinter({ id: 'p', spec, transport: new TcpTransport({ host: '127.0.0.1', port }) });
    const error = await errorOf(printer.print(longDoc()));
    expect(error?.code).toBe('PRINTER_CONNECTION_LOST');
    await vp.recorder.waitForJobs(1);
    expect(vp.jobs[0].aborted).toBe(true);
    expect(vp.jobs[0].bytes.length).toBe(500);
    expect(vp.recorder.completed()).toEqual([]);
  });

  it('reports PRINTER_TIMEOUT when a device accepts the connection but never answers status', async () => {
    const silent: Server = createServer((socket) => socket.on('data', () => undefined));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(() => new Promise((r) => silent.close(r)));
    const port = (silent.address() as { port: number }).port;
    const printer = new DevicePrinter({ id: 'p', spec, transport: new TcpTransport({ host: '127.0.0.1', port }), replyTimeoutMs: 200 });
    const error = await errorOf(printer.print(longDoc()));
    expect(error?.code).toBe('PRINTER_TIMEOUT');
  });

  it('a long receipt on a printer still printing it is acknowledged when its last byte goes in, not timed out (and printed again)', async () => {
    // The mechanism takes ~30 KB/s: the 200-line receipt goes in over more than the status reply timeout.
    const vp = new VirtualPrinterServer({ bytesPerSecond: 30_000 });
    const port = await vp.start();
    cleanups.push(() => vp.stop());
    const printer = new DevicePrinter({ id: 'p', spec, transport: new TcpTransport({ host: '127.0.0.1', port }), replyTimeoutMs: 150 });
    const doc = longDoc();
    expect(encodeDocument(doc, spec).length / 30_000).toBeGreaterThan(0.15);
    await expect(printer.print(doc)).resolves.toMatchObject({ bytes: encodeDocument(doc, spec).length });
    const [job] = await vp.recorder.waitForJobs(1);
    expect(job.aborted).toBe(false);
    expect(job.text).toContain('Linha 199');
  });

  it('brackets the job with status requests: the bytes on the wire end with DLE EOT', async () => {
    const vp = new VirtualPrinterServer();
    const port = await vp.start();
    cleanups.push(() => vp.stop());
    const printer = new DevicePrinter({ id: 'p', spec, transport: new TcpTransport({ host: '127.0.0.1', port }) });
    await printer.print(new DocumentBuilder(48).line('oi').build());
    const [job] = await vp.recorder.waitForJobs(1);
    expect(job.bytes.subarray(0, 3)).toEqual(Buffer.from([0x10, 0x04, 0x01]));
    expect(job.bytes.subarray(-3)).toEqual(Buffer.from([0x10, 0x04, 0x04]));
    expect(job.parsed.statusRequests).toBe(6);
  });
});
