import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Dialect } from './escpos-parser.js';
import { VirtualPrinterServer } from './server.js';

/** npm run virtual-printer -- --port 9100 --out DIR [--host 127.0.0.1] [--dialect escpos|escbema|daruma] [--dots 576] */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    out: { type: 'string', default: 'data/virtual-printer' },
    dialect: { type: 'string', default: 'escpos' },
    dots: { type: 'string', default: '576' },
  },
});

const dialect = values.dialect as Dialect;
if (!['escpos', 'escbema', 'daruma'].includes(dialect)) {
  console.error(`unknown --dialect ${values.dialect} (escpos, escbema or daruma)`);
  process.exit(2);
}
const outDir = resolve(values.out);
const server = new VirtualPrinterServer({ host: values.host, port: Number(values.port), outDir, dialect, dotsPerLine: Number(values.dots) });
const port = await server.start();
console.log(`virtual printer listening on ${values.host}:${port}, writing jobs to ${outDir}`);
server.recorder.on('job', (job) => {
  console.log(`${job.id}${job.aborted ? ' (aborted)' : ''}: ${job.bytes.length} bytes -> ${job.pngPath}, ${job.txtPath}`);
});
const shutdown = (): void => {
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
