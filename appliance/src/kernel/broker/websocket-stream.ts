import type { Duplex } from 'node:stream';
import { createWebSocketStream, type WebSocket } from 'ws';

/**
 * A WebSocket as the byte stream aedes reads MQTT from. mqtt-packet corks the stream while it
 * writes one packet in pieces (header, topic, id, payload); sending the corked pieces as one frame
 * makes each MQTT packet one WebSocket frame instead of four to six, for the broker and for every
 * KDS screen parsing them.
 */
export function mqttStreamOverWebSocket(ws: WebSocket): Duplex {
  const stream = createWebSocketStream(ws);
  stream._writev = (chunks, callback) => ws.send(chunks.length === 1 ? chunks[0].chunk : Buffer.concat(chunks.map((c) => c.chunk as Buffer)), callback);
  stream.on('error', () => stream.destroy());
  return stream;
}
