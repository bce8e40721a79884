import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the marketplace bench's webhook would cost if storing the event cost nothing: node:http
 * reading the body and answering 202 with a small JSON envelope, in a process of its own.
 */
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(202, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ success: true, data: { received: 1, new: 1 } }));
  });
});
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('SIGTERM', () => process.exit(0));
