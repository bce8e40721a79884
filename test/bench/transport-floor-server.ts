import { Aedes } from 'aedes';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { mqttStreamOverWebSocket } from '../../appliance/src/kernel/broker/websocket-stream.js';

/**
 * What the kds-latency bench would measure if a confirm cost nothing: node:http, aedes and ws
 * wired as the appliance wires them, no database, no domain. Each POST publishes a retained
 * ticket-sized message (QoS 1) and answers, in the appliance's order.
 */
const broker = await Aedes.createBroker();
const screens = new WebSocketServer({ noServer: true });
const ticketBody = {
  ticketId: '',
  kind: 'STATION',
  station: 'GRILL',
  orderId: '',
  orderNumber: 1,
  channel: 'COUNTER',
  table: null,
  status: 'OPEN',
  items: [{ name: 'X-Burger', quantity: 1, unit: 'UNIT', modifiers: ['Ao ponto'], notes: null, prepSeconds: 600, status: 'PENDING' }],
  timers: { createdAt: new Date().toISOString(), startedAt: null, bumpedAt: null, warnAfterSeconds: 300, lateAfterSeconds: 480 },
};

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    const orderId = (request.url ?? '').split('/')[4] ?? '';
    const ticket = Buffer.from(JSON.stringify({ ...ticketBody, ticketId: orderId, orderId }));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: { id: orderId, status: 'CONFIRMED' } }));
    broker.publish({ cmd: 'publish', topic: `store/floor/kds/GRILL/tickets/${orderId}`, payload: ticket, qos: 1, retain: true, dup: false }, () => undefined);
  });
});
server.on('upgrade', (request, socket, head) => screens.handleUpgrade(request, socket, head, (ws) => broker.handle(mqttStreamOverWebSocket(ws))));
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
process.on('SIGTERM', () => process.exit(0));
