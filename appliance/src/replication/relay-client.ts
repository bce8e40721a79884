import type { DownstreamMessage } from '../../contract/index.js';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { JournalEvent } from '../kernel/journal/event.js';
import { parseRetryAfter } from './backoff.js';

const gzip = promisify(zlib.gzip);

/** The relay answered with an error envelope. */
export class RelayHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
    /** The relay's `Retry-After` in milliseconds (429 busy, 503 restarting); null when it sent none. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`relay ${status} ${code}: ${message}`);
    this.name = 'RelayHttpError';
  }

  /** 5xx and throttling are the relay's trouble: retry. Other 4xx mean this request will never succeed. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

export interface EnrollmentResult {
  storeId: string;
  storeCode: string;
  storeName: string;
  timeZone: string;
  credential: string;
  highWater: number;
}

export type SendResult = { kind: 'stored'; highWater: number; accepted: number } | { kind: 'gap'; expectedSeq: number };

/** HTTP client for the relay's store endpoints; every call but enroll carries the store credential. */
export class RelayClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly storeId = '',
    private readonly credential = '',
    private readonly requestTimeoutMs = 30_000,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async enroll(code: string): Promise<EnrollmentResult> {
    return (await this.request('POST', '/api/v1/enroll', { body: JSON.stringify({ code }), auth: false })) as EnrollmentResult;
  }

  async highWater(signal?: AbortSignal): Promise<number> {
    const data = (await this.request('GET', `/api/v1/stores/${this.storeId}/sync`, { signal })) as { highWater: number };
    return data.highWater;
  }

  /** Serialises and compresses a batch; separate from sending so the next batch can be prepared during a send. */
  async encodeBatch(events: JournalEvent[], journalHead: number, oldestUnsentAt: string | null): Promise<Buffer> {
    return gzip(Buffer.from(JSON.stringify({ events, journalHead, oldestUnsentAt })));
  }

  async sendEncoded(body: Buffer, signal?: AbortSignal): Promise<SendResult> {
    try {
      const data = (await this.request('POST', `/api/v1/stores/${this.storeId}/events`, { body, gzip: true, signal })) as {
        highWater: number;
        accepted: number;
      };
      return { kind: 'stored', highWater: data.highWater, accepted: data.accepted };
    } catch (error) {
      if (error instanceof RelayHttpError && error.code === 'SEQ_GAP') {
        return { kind: 'gap', expectedSeq: (error.details as { expectedSeq: number }).expectedSeq };
      }
      throw error;
    }
  }

  async heartbeat(journalHead: number, oldestUnsentAt: string | null, signal?: AbortSignal): Promise<number> {
    const data = (await this.request('POST', `/api/v1/stores/${this.storeId}/heartbeat`, {
      body: JSON.stringify({ journalHead, oldestUnsentAt }),
      signal,
    })) as { highWater: number };
    return data.highWater;
  }

  async downstream(after: number, waitSeconds: number, signal?: AbortSignal): Promise<DownstreamMessage[]> {
    const data = (await this.request('GET', `/api/v1/stores/${this.storeId}/downstream?after=${after}&wait=${waitSeconds}`, {
      signal,
      timeoutMs: waitSeconds * 1000 + this.requestTimeoutMs,
    })) as { messages: DownstreamMessage[] };
    return data.messages;
  }

  async acknowledge(cursor: number, signal?: AbortSignal): Promise<number> {
    const data = (await this.request('POST', `/api/v1/stores/${this.storeId}/downstream/ack`, { body: JSON.stringify({ cursor }), signal })) as {
      acknowledged: number;
    };
    return data.acknowledged;
  }

  private async request(
    method: string,
    path: string,
    options: { body?: string | Buffer; gzip?: boolean; auth?: boolean; signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<unknown> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.gzip) headers['content-encoding'] = 'gzip';
    if (options.auth !== false) headers.authorization = `Bearer ${this.credential}`;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.requestTimeoutMs);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: typeof options.body === 'string' || options.body === undefined ? options.body : new Uint8Array(options.body),
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    const text = await response.text();
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    let envelope: { success?: boolean; data?: unknown; error?: { code: string; message: string; details: unknown } } = {};
    try {
      envelope = JSON.parse(text);
    } catch {
      throw new RelayHttpError(response.status, 'NON_JSON_RESPONSE', text.slice(0, 200), null, retryAfterMs);
    }
    if (!response.ok || envelope.success === false) {
      const error = envelope.error ?? { code: 'HTTP_ERROR', message: response.statusText, details: null };
      throw new RelayHttpError(response.status, error.code, error.message, error.details, retryAfterMs);
    }
    return envelope.data;
  }
}
