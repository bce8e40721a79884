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

  post(path: string, body = '{}', retried = false): Promise<KeepAliveResponse> {
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
      req.on('error', (error: NodeJS.ErrnoException) => {
        // The server closed an idle keep-alive socket as this request went out on it: the request was
        // never read, so sending it again on a fresh socket is safe (the race Node's docs describe).
        if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) resolve(this.post(path, body, true));
        else reject(error);
      });
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
