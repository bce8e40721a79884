import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fixedHeader } from '../testing/mqtt-packets.js';
import { guardPacketSize, PacketSizeScanner } from './packet-size-guard.js';

const packet = (remainingLength: number) => Buffer.concat([fixedHeader(0x30, remainingLength), Buffer.alloc(remainingLength, 1)]);

describe('PacketSizeScanner', () => {
  it('accepts packets up to the limit, whole packet counted, however the stream is cut', () => {
    const stream = Buffer.concat([packet(0), packet(125), packet(200), packet(1000 - 3)]);
    for (const cut of [1, 2, 3, 7, 64, stream.length]) {
      const scanner = new PacketSizeScanner(1000);
      for (let i = 0; i < stream.length; i += cut) expect(scanner.accept(stream.subarray(i, i + cut))).toBe(true);
    }
  });

  it('refuses a packet one byte over the limit on its header, before any of its body', () => {
    const scanner = new PacketSizeScanner(1000);
    expect(scanner.accept(packet(50))).toBe(true);
    expect(scanner.accept(packet(1000 - 2).subarray(0, 3))).toBe(false);
  });

  it('refuses 200 MB announced in a header arriving one byte at a time, at the first length byte that proves it', () => {
    const header = packet(0).subarray(0, 1);
    const scanner = new PacketSizeScanner(262_144);
    expect(scanner.accept(header)).toBe(true);
    // 200 MiB = 0x80 0x80 0x80 0x64: the value read so far passes the limit only with the last byte.
    const lengthBytes = [0x80, 0x80, 0x80, 0x64];
    expect(lengthBytes.map((b) => scanner.accept(Buffer.from([b])))).toEqual([true, true, true, false]);
  });

  it('refuses a remaining length longer than four bytes', () => {
    expect(new PacketSizeScanner(268_435_460).accept(Buffer.from([0x30, 0xff, 0xff, 0xff, 0xff, 0x01]))).toBe(false);
  });
});

describe('guardPacketSize', () => {
  it('passes what a reader pulls and destroys the stream at the first oversized packet', async () => {
    const conn = new PassThrough();
    let refused = 0;
    const errors: string[] = [];
    conn.on('error', (error) => errors.push(error.message));
    guardPacketSize(conn, 100, () => (refused += 1));
    conn.write(packet(10));
    await new Promise((r) => setImmediate(r));
    expect(conn.read()).toEqual(packet(10));
    conn.write(packet(500).subarray(0, 10));
    await new Promise((r) => setImmediate(r));
    expect(conn.read()).toBeNull();
    expect(refused).toBe(1);
    expect(conn.destroyed).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(errors).toEqual(['MQTT packet larger than 100 bytes']);
  });
});
