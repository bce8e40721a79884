import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import '../../appliance/web/testing/provided-context.js';
import { ADMIN_PASSWORD, startAuthAppliance } from '../../appliance/src/auth/testing/auth-test-client.js';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const close = (server: Server) => new Promise((resolve) => server.close(resolve));

/** The store's reverse proxy in front of an appliance that is restarting (see `webGateway`). */
function gatewayServer(): Server {
  return createServer((req, res) => {
    if (req.method === 'POST') {
      res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
      res.end(JSON.stringify({ success: false, data: null, error: { code: 'SHUTTING_DOWN', message: 'O sistema está reiniciando.', details: null } }));
      return;
    }
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
  });
}

/** Vitest global set-up of the web project: started once for all its files, stopped after them. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { app } = await startAuthAppliance();
  const gateway = gatewayServer();
  const gatewayUrl = await listen(gateway);
  // A port that was just free and is closed again: connecting to it is refused.
  const vacated = createServer();
  const unreachableUrl = await listen(vacated);
  await close(vacated);
  project.provide('webAppliance', { url: app.baseUrl, adminPassword: ADMIN_PASSWORD });
  project.provide('webGateway', { url: gatewayUrl, unreachableUrl });
  return async () => {
    await close(gateway);
    await app.close();
  };
}
