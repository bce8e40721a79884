/**
 * The old system's export as text: UTF-8 when it says so with a BOM or decodes cleanly,
 * otherwise Latin-1 (Windows-1252), what older Brazilian POS systems write.
 */
export function decodeExport(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
