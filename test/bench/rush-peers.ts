import { SefazSimulator } from '../../appliance/src/fiscal/simulators/sefaz-simulator.js';
import { VirtualPrinterServer } from '../../appliance/src/devices/printer/virtual/server.js';

/**
 * One of the rush's outside parties in a process of its own, so neither its CPU nor the bench
 * clients' lands on the appliance's core: `CHEFIA_RUSH_PEER=sefaz`, the SEFAZ simulator (NFC-e
 * authorization over mutual TLS, a signature check of ≈ 10 ms per document on one document in
 * SIGNATURE_CHECK_EVERY), or `printer`, a virtual TCP printer that every store printer points at
 * (jobs parsed, nothing rendered). Apart, as in a store, a printer's status replies never wait
 * behind a signature check.
 */
/**
 * Checking every document's signature took ≈ 400 ms of CPU a second at 40 lifecycles/s on the core
 * the bench's clients, printer and HQ share, and steps failed with that core the one saturated. A
 * sample still stops the rush on a signer that breaks: a refused NFC-e (297) prints no receipt, so
 * its lifecycle never completes and the warm-up fails; the fiscal suites check every document.
 */
const SIGNATURE_CHECK_EVERY = 10;
const peer = process.env.CHEFIA_RUSH_PEER;
let stop: () => Promise<void>;
if (peer === 'sefaz') {
  const sefaz = new SefazSimulator({ validateSchemas: false, signatureCheckEvery: SIGNATURE_CHECK_EVERY });
  const sefazUrl = await sefaz.start();
  stop = () => sefaz.stop();
  process.send?.({ port: Number(new URL(sefazUrl).port), sefazUrl, caPem: sefaz.caPem });
} else if (peer === 'printer') {
  const printer = new VirtualPrinterServer();
  const port = await printer.start();
  stop = () => printer.stop();
  process.send?.({ port });
} else {
  throw new Error(`CHEFIA_RUSH_PEER must be sefaz or printer, not ${peer}`);
}
const shutdown = () => void stop().finally(() => process.exit(0));
process.on('SIGTERM', shutdown);
// A bench that died leaves no peers behind: the IPC channel closes with it.
process.on('disconnect', shutdown);
