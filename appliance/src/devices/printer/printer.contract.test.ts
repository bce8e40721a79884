import { loadProfiles, profilesOfKind } from '../profiles/loader.js';
import { openPtyPair } from '../testing/pty.js';
import { DevicePrinter } from './device-printer.js';
import { printerContract } from './printer.contract.js';
import { SerialTransport } from './transports/serial-transport.js';
import { TcpTransport } from './transports/tcp-transport.js';
import { MemoryPrinter } from './virtual/memory-printer.js';
import { VirtualSerialPrinter } from './virtual/serial-peer.js';
import { VirtualPrinterServer } from './virtual/server.js';

const printers = profilesOfKind(loadProfiles(), 'printer');
const profile = (id: string) => printers.find((p) => p.id === id)!;
const dialects = { 'epson-tm-t20': 'escpos', 'elgin-i9': 'escpos', 'bematech-mp-4200': 'escbema', 'daruma-fs800': 'daruma' } as const;

for (const [profileId, dialect] of Object.entries(dialects)) {
  printerContract(`DevicePrinter(${profileId}) over TCP -> virtual printer`, async () => {
    const server = new VirtualPrinterServer({ dialect });
    const port = await server.start();
    const printer = new DevicePrinter({ id: 'p1', spec: profile(profileId).printer, transport: new TcpTransport({ host: '127.0.0.1', port }) });
    return {
      printer,
      completedJobs: async () => server.recorder.completed(),
      setStatus: (s) => server.setStatus(s),
      dispose: () => server.stop(),
    };
  });
}

printerContract('MemoryPrinter (in-process virtual printer)', async () => {
  const printer = new MemoryPrinter({ id: 'mem', spec: profile('epson-tm-t20').printer });
  return {
    printer,
    completedJobs: async () => printer.recorder.completed(),
    setStatus: (s) => printer.setStatus(s),
    dispose: () => printer.close(),
  };
});

printerContract('DevicePrinter(epson-tm-t20) over serial (socat PTY) -> virtual printer', async () => {
  const { a, b, close } = await openPtyPair();
  const spec = profile('epson-tm-t20');
  const peer = new VirtualSerialPrinter(b, { baudRate: spec.transports.serial!.baudRate, idleMs: 100 });
  await peer.open();
  const printer = new DevicePrinter({ id: 'serial', spec: spec.printer, transport: new SerialTransport(a, { ...spec.transports.serial!, flowControl: 'none' }) });
  return {
    printer,
    // A serial job without a cut ends when the line goes quiet; wait for that before looking.
    completedJobs: async () => {
      await peer.settled();
      return peer.recorder.completed();
    },
    setStatus: (s) => peer.setStatus(s),
    dispose: async () => {
      await peer.close();
      await close();
    },
  };
});
