import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startRoundRobinBalancer, type RoundRobinBalancer } from './round-robin-balancer.js';

const servers: http.Server[] = [];
let balancer: RoundRobinBalancer | undefined;

afterEach(async () => {
  await balancer?.close();
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function backend(name: string): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((_req, res) => res.end(name));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, port: (server.address() as AddressInfo).port };
}

/** One request on a fresh connection (no keep-alive), so each goes through the balancer's choice. */
function ask(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
  });
}

describe('round-robin balancer', () => {
  it('hands connections to the nodes in turn and skips a node that refuses them', async () => {
    const a = await backend('a');
    const b = await backend('b');
    balancer = await startRoundRobinBalancer([
      { host: '127.0.0.1', port: a.port },
      { host: '127.0.0.1', port: b.port },
    ]);
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await ask(balancer.port));
    expect(answers.sort()).toEqual(['a', 'a', 'b', 'b']);

    // Node b dies: every new connection lands on a.
    b.server.closeAllConnections();
    await new Promise((resolve) => b.server.close(resolve));
    servers.splice(servers.indexOf(b.server), 1);
    const after = [];
    for (let i = 0; i < 4; i += 1) after.push(await ask(balancer.port));
    expect(after).toEqual(['a', 'a', 'a', 'a']);
    expect(balancer.connections.get(`127.0.0.1:${a.port}`)).toBe(6);
    expect(balancer.connections.get(`127.0.0.1:${b.port}`)).toBe(2);
  });
});
