/**
 * MQTT 3.1.1 packets as raw bytes, for tests that must control exactly what reaches the broker's
 * socket (frame boundaries, announced lengths, a client that stops reading).
 */

/** The packet type byte, then the remaining length as a variable byte integer. */
export function fixedHeader(firstByte: number, remainingLength: number): Buffer {
  const bytes = [firstByte];
  let rest = remainingLength;
  do {
    let digit = rest % 128;
    rest = Math.floor(rest / 128);
    if (rest > 0) digit |= 0x80;
    bytes.push(digit);
  } while (rest > 0);
  return Buffer.from(bytes);
}

export function utf8(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from([bytes.length >> 8, bytes.length & 0xff]), bytes]);
}

const packet = (firstByte: number, body: Buffer) => Buffer.concat([fixedHeader(firstByte, body.length), body]);

/** CONNECT with username and password, clean session, keepalive 30 s. */
export function connectPacket(clientId: string, username: string, password: string): Buffer {
  return packet(0x10, Buffer.concat([utf8('MQTT'), Buffer.from([4, 0xc2, 0, 30]), utf8(clientId), utf8(username), utf8(password)]));
}

/** SUBSCRIBE (message id 1) to one filter at QoS 1. */
export function subscribePacket(filter: string): Buffer {
  return packet(0x82, Buffer.concat([Buffer.from([0, 1]), utf8(filter), Buffer.from([1])]));
}
