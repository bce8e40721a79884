import { SefazSimulator } from '../../appliance/src/fiscal/simulators/sefaz-simulator.js';
import { VirtualPrinterServer } from '../../appliance/src/devices/printer/virtual/server.js';

/**
 * The rush's outside parties in a process of their own, so neither their CPU nor the bench
 * clients' lands on the appliance's core: the SEFAZ simulator (NFC-e authorization over mutual
 * TLS) and a virtual TCP printer that every store printer points at (jobs parsed, nothing rendered).
 */
const sefaz = new SefazSimulator({ validateSchemas: false });
const sefazUrl = await sefaz.start();
const printer = new VirtualPrinterServer();
const printerPort = await printer.start();
process.send?.({ port: printerPort, sefazUrl, caPem: sefaz.caPem });
const shutdown = () => void Promise.all([sefaz.stop(), printer.stop()]).finally(() => process.exit(0));
process.on('SIGTERM', shutdown);
// A bench that died leaves no peers behind: the IPC channel closes with it.
process.on('disconnect', shutdown);
