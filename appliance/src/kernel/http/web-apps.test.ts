import { readdirSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../testing/harness.js';
import { acceptsEncoding, webDir } from './web-apps.js';

/** One GET over a real socket, the body as the bytes on the wire (node:http does not decompress). */
function getRaw(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('Accept-Encoding', () => {
  it('takes a listed coding unless its weight is zero', () => {
    expect(acceptsEncoding('gzip, deflate, br, zstd', 'br')).toBe(true);
    expect(acceptsEncoding('gzip;q=1.0, br;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('gzip;q=1.0, br;q=0', 'gzip')).toBe(true);
    expect(acceptsEncoding('*', 'br')).toBe(true);
    expect(acceptsEncoding('identity', 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
  });
});

describe('web app assets over HTTP (the built dist/web)', () => {
  let app: TestAppliance;
  // The POS's entry script: built with its .br and .gz beside it.
  const script = readdirSync(join(webDir(), 'assets')).find((name) => /^pos-[\w-]+\.js$/.test(name))!;
  const raw = readFileSync(join(webDir(), 'assets', script));

  beforeAll(async () => {
    app = await startTestAppliance([]);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers brotli, then gzip, then the plain file, as the browser accepts, with a year of cache and Vary', async () => {
    const url = `${app.baseUrl}/web/assets/${script}`;
    const br = await getRaw(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(raw.length / 2);
    expect(brotliDecompressSync(br.body).equals(raw)).toBe(true);

    const gzip = await getRaw(url, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(raw)).toBe(true);

    const plain = await getRaw(url, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.equals(raw)).toBe(true);
  });

  it('serves a file too small to have been compressed as is, and never the compressed copies by name', async () => {
    const small = readdirSync(join(webDir(), 'assets')).find((name) => /\.js$/.test(name) && readFileSync(join(webDir(), 'assets', name)).length < 1024)!;
    const res = await getRaw(`${app.baseUrl}/web/assets/${small}`, { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(readFileSync(join(webDir(), 'assets', small)))).toBe(true);
    expect((await getRaw(`${app.baseUrl}/web/assets/${script}.br`, {})).status).toBe(404);
  });
});
