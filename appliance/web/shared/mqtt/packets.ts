/**
 * MQTT 3.1.1 packets the store's screens exchange with the appliance's broker over WebSocket. A
 * screen needs CONNECT, SUBSCRIBE, PUBLISH (QoS 0/1), PUBACK and PINGREQ; the full mqtt.js browser
 * bundle would cost ~105 KB gzip, most of a web app's budget, for features no screen uses.
 */
const encoder = new TextEncoder();

export const PACKET = { CONNACK: 2, PUBLISH: 3, PUBACK: 4, SUBACK: 9, PINGRESP: 13 } as const;

export interface ConnectOptions {
  clientId: string;
  username: string;
  password: string;
  keepaliveSeconds: number;
}

export interface IncomingPacket {
  type: number;
  flags: number;
  body: Uint8Array;
}

function lengthBytes(length: number): number[] {
  const out: number[] = [];
  let rest = length;
  do {
    let byte = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) byte |= 0x80;
    out.push(byte);
  } while (rest > 0);
  return out;
}

function text(value: string): number[] {
  const bytes = encoder.encode(value);
  return [bytes.length >> 8, bytes.length & 0xff, ...bytes];
}

function packet(header: number, body: number[] | Uint8Array): Uint8Array {
  const head = [header, ...lengthBytes(body.length)];
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(body, head.length);
  return out;
}

export function connectPacket(options: ConnectOptions): Uint8Array {
  const flags = 0x80 | 0x40 | 0x02; // username, password, clean session
  const keepalive = [options.keepaliveSeconds >> 8, options.keepaliveSeconds & 0xff];
  return packet(0x10, [...text('MQTT'), 4, flags, ...keepalive, ...text(options.clientId), ...text(options.username), ...text(options.password)]);
}

export function subscribePacket(packetId: number, filters: string[], qos: 0 | 1): Uint8Array {
  return packet(0x82, [packetId >> 8, packetId & 0xff, ...filters.flatMap((filter) => [...text(filter), qos])]);
}

export function publishPacket(topic: string, payload: string, qos: 0 | 1, packetId: number): Uint8Array {
  const id = qos > 0 ? [packetId >> 8, packetId & 0xff] : [];
  return packet(0x30 | (qos << 1), [...text(topic), ...id, ...encoder.encode(payload)]);
}

export function pubackPacket(packetId: number): Uint8Array {
  return packet(0x40, [packetId >> 8, packetId & 0xff]);
}

export const PINGREQ = new Uint8Array([0xc0, 0]);
export const DISCONNECT = new Uint8Array([0xe0, 0]);

/** Reads whole packets off a byte stream (a WebSocket frame may carry several, or part of one). */
export class PacketReader {
  private buffer = new Uint8Array(0);

  push(chunk: Uint8Array): IncomingPacket[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer, 0);
    joined.set(chunk, this.buffer.length);
    const packets: IncomingPacket[] = [];
    let at = 0;
    for (;;) {
      const parsed = readOne(joined, at);
      if (!parsed) break;
      packets.push(parsed.packet);
      at = parsed.next;
    }
    this.buffer = joined.slice(at);
    return packets;
  }
}

function readOne(bytes: Uint8Array, start: number): { packet: IncomingPacket; next: number } | null {
  if (bytes.length - start < 2) return null;
  let length = 0;
  let multiplier = 1;
  let at = start + 1;
  for (;;) {
    if (at >= bytes.length) return null;
    const byte = bytes[at++];
    length += (byte & 0x7f) * multiplier;
    multiplier *= 128;
    if ((byte & 0x80) === 0) break;
  }
  if (bytes.length - at < length) return null;
  const first = bytes[start];
  return { packet: { type: first >> 4, flags: first & 0x0f, body: bytes.slice(at, at + length) }, next: at + length };
}

/** A PUBLISH's topic, packet id (QoS 1) and payload. */
export function readPublish(packet: IncomingPacket): { topic: string; packetId: number | null; payload: Uint8Array } {
  const { body, flags } = packet;
  const topicLength = (body[0] << 8) | body[1];
  const topic = new TextDecoder().decode(body.subarray(2, 2 + topicLength));
  let at = 2 + topicLength;
  let packetId: number | null = null;
  if ((flags >> 1) & 0x03) {
    packetId = (body[at] << 8) | body[at + 1];
    at += 2;
  }
  return { topic, packetId, payload: body.subarray(at) };
}
