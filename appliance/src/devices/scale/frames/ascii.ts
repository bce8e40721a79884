export const ENQ = 0x05;
export const STX = 0x02;
export const ETX = 0x03;
export const CR = 0x0d;

/**
 * Two's complement of the byte sum, the check character Toledo appends to
 * protocol A and (optionally, setting C12 = L) to P03 frames. P03 indicators
 * run 7-bit serial, so their checksum only keeps the low seven bits.
 */
export function twosComplementChecksum(bytes: Uint8Array, bits: 7 | 8): number {
  let sum = 0;
  for (const byte of bytes) sum += byte;
  const mask = bits === 7 ? 0x7f : 0xff;
  return -sum & mask;
}
