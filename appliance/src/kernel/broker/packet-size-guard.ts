import type { Duplex } from 'node:stream';

/**
 * Follows the MQTT framing of a client's byte stream without buffering it: each packet is a type
 * byte, a remaining length (variable byte integer, at most 4 bytes) and that many bytes. Tells as
 * soon as a packet announces more than the limit, whole packet counted, so an oversized packet is
 * refused on its fixed header and not after its body was collected in memory.
 */
export class PacketSizeScanner {
  /** Bytes of the current packet's body still to come. */
  private bodyLeft = 0;
  private readingLength = false;
  private length = 0;
  private lengthBytes = 0;

  constructor(readonly maxPacketBytes: number) {}

  /** False once a packet in the stream so far is, or announces to be, larger than the limit. */
  accept(chunk: Buffer): boolean {
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const skipped = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= skipped;
        i += skipped;
        continue;
      }
      if (!this.readingLength) {
        // The type byte; mqtt-packet validates it.
        this.readingLength = true;
        this.length = 0;
        this.lengthBytes = 0;
        i += 1;
        continue;
      }
      const byte = chunk[i++];
      this.length += (byte & 0x7f) * 128 ** this.lengthBytes;
      this.lengthBytes += 1;
      // The value read so far is a lower bound: refuse before the last length byte arrives.
      if (1 + this.lengthBytes + this.length > this.maxPacketBytes) return false;
      if (byte & 0x80) {
        if (this.lengthBytes === 4) return false;
        continue;
      }
      this.readingLength = false;
      this.bodyLeft = this.length;
    }
    return true;
  }
}

/**
 * Checks every byte aedes pulls from `conn` (it reads with `read()` whenever the stream is
 * readable) and destroys the connection at the first packet over the limit. What aedes's parser
 * buffers is then at most one packet of `maxPacketBytes`, before and after authentication.
 */
export function guardPacketSize(conn: Duplex, maxPacketBytes: number, onRefused: () => void): void {
  const scanner = new PacketSizeScanner(maxPacketBytes);
  const read = conn.read.bind(conn);
  conn.read = (size?: number) => {
    const chunk: unknown = read(size);
    if (!Buffer.isBuffer(chunk) || scanner.accept(chunk)) return chunk;
    onRefused();
    conn.destroy(new Error(`MQTT packet larger than ${maxPacketBytes} bytes`));
    return null;
  };
}
