import { createServer, type Server } from 'node:net';

/** A TCP port on loopback that accepts and at once drops every connection: a device that cannot answer. */
export async function droppingPort(): Promise<Server> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
