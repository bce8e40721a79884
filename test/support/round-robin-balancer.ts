import net from 'node:net';

export interface RoundRobinBalancer {
  port: number;
  /** Connections handed to each backend so far, by `host:port`. */
  connections: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A TCP round-robin in front of several relay nodes, for tests and benches (production puts any load
 * balancer there). Each client connection goes to the next backend; one that refuses the connection
 * (a node killed, not yet restarted) is skipped for the next, so clients only see the connections
 * they had open to a dying node fail, as behind a real balancer. HTTP keep-alive connections stay
 * on the node they were given.
 */
export async function startRoundRobinBalancer(backends: { host: string; port: number }[], port = 0): Promise<RoundRobinBalancer> {
  let next = 0;
  const connections = new Map<string, number>(backends.map((b) => [`${b.host}:${b.port}`, 0]));
  const open = new Set<net.Socket>();

  const connect = (client: net.Socket, attempt: number) => {
    if (attempt >= backends.length) {
      client.destroy();
      return;
    }
    const backend = backends[next % backends.length];
    next += 1;
    const upstream = net.connect(backend.port, backend.host);
    open.add(upstream);
    upstream.once('close', () => open.delete(upstream));
    const failed = () => {
      upstream.destroy();
      connect(client, attempt + 1);
    };
    upstream.once('error', failed);
    upstream.once('connect', () => {
      upstream.off('error', failed);
      const key = `${backend.host}:${backend.port}`;
      connections.set(key, (connections.get(key) ?? 0) + 1);
      upstream.setNoDelay(true);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
      // Either side failing ends both: the client sees the connection drop, as with a real balancer.
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.on('close', () => upstream.destroy());
    });
  };

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    open.add(client);
    client.once('close', () => open.delete(client));
    client.setNoDelay(true);
    client.on('error', () => client.destroy());
    connect(client, 0);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
