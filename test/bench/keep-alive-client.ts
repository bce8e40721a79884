import { Agent, request } from 'node:http';

export interface KeepAliveResponse {
  status: number;
  body: string;
}

/**
 * A bare node:http client on keep-alive sockets, as a till's HTTP stack would hold them: the
 * benches time the appliance, not a client library building and parsing requests.
 */
export class KeepAliveClient {
  private readonly agent: Agent;

  constructor(
    private readonly port: number,
    private readonly token: string,
    maxSockets: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  post(path: string, body = '{}'): Promise<KeepAliveResponse> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: '127.0.0.1',
          port: this.port,
          path: `/api/v1${path}`,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}`, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
