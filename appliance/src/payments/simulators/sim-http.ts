import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import QRCode from 'qrcode';

export type SimulatorMode = 'ok' | 'fail' | 'hang' | 'slow';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SimRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export type SimAnswer = { status: number; body: unknown };

/**
 * A loopback HTTP server for a gateway simulator: records every request, and in `fail` mode
 * answers 503, in `hang` mode never answers (the client's timeout must fire), in `slow` mode does
 * the work of a POST but answers it after `slowMs` (a charge the client gave up on still exists).
 */
export class SimServer {
  readonly requests: RecordedRequest[] = [];
  mode: SimulatorMode = 'ok';
  slowMs = 5_000;
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();

  constructor(private readonly route: (request: SimRequest) => Promise<SimAnswer> | SimAnswer) {}

  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, headers: req.headers, body });
    if (this.mode === 'hang') {
      this.hanging.add(res);
      return;
    }
    let answer: SimAnswer;
    if (this.mode === 'fail') answer = { status: 503, body: { errors: [{ code: 'unavailable', description: 'Serviço indisponível' }] } };
    else {
      try {
        answer = await this.route({ method: req.method ?? 'GET', url, headers: req.headers, body });
      } catch (error) {
        answer = { status: 400, body: { errors: [{ code: 'invalid_request', description: (error as Error).message }] } };
      }
    }
    if (this.mode === 'slow' && req.method === 'POST') {
      this.hanging.add(res);
      await new Promise((resolve) => setTimeout(resolve, this.slowMs));
      this.hanging.delete(res);
      if (res.destroyed) return;
    }
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
  }
}

function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

const field = (id: string, value: string) => id + String(value.length).padStart(2, '0') + value;

/** A BR Code (EMV MPM) "copia e cola" for a dynamic PIX charge, with its CRC16. */
/** What every gateway simulator shares: its loopback server, base URL and webhook target. */
export abstract class GatewaySimulator {
  readonly server: SimServer;
  baseUrl = '';

  constructor(public webhookUrl: string | undefined) {
    this.server = new SimServer((request) => this.route(request));
  }

  protected abstract route(request: SimRequest): Promise<SimAnswer>;

  async start(): Promise<this> {
    this.baseUrl = await this.server.listen();
    return this;
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

export function brCode(txid: string, amount: string, merchant: string): string {
  const account = field('00', 'br.gov.bcb.pix') + field('25', `sim.pix.local/qr/v2/${txid}`);
  const body =
    field('00', '01') + field('01', '12') + field('26', account) + field('52', '0000') + field('53', '986') + field('54', amount) +
    field('58', 'BR') + field('59', merchant.slice(0, 25)) + field('60', 'SAO PAULO') + field('62', field('05', '***')) + '6304';
  return body + crc16(body);
}

export async function qrPngBase64(payload: string): Promise<string> {
  return (await QRCode.toBuffer(payload, { type: 'png', margin: 1 })).toString('base64');
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
