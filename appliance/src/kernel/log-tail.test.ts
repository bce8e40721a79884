import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';
import { startTestAppliance, type TestAppliance } from './testing/harness.js';

describe('live log tail for the service dashboard (/logs/stream)', () => {
  let app: TestAppliance;

  beforeAll(async () => {
    app = await startTestAppliance([]);
  });
  afterAll(() => app.close());

  it('streams the lines at or above the level asked, redacted, as server-sent events', async () => {
    const logger = createLogger('info', 'log-tail-test');
    const mark = randomUUID();
    logger.warn({ mark, password: 'Segredo#123' }, 'before the client connected');
    const abort = new AbortController();
    const res = await fetch(`${app.baseUrl}/api/v1/logs/stream?level=warn`, { headers: { authorization: app.bearer(['logs.read']) }, signal: abort.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let received = '';
    const readUntil = async (text: string) => {
      while (!received.includes(text)) received += new TextDecoder().decode((await reader.read()).value);
    };
    await readUntil('before the client connected');
    logger.info({ mark }, 'quiet line');
    logger.error({ mark }, 'after the client connected');
    await readUntil('after the client connected');
    abort.abort();
    const lines = received
      .split('\n')
      .filter((line) => line.startsWith('data: ') && line.includes(mark))
      .map((line) => JSON.parse(line.slice(6)));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'before the client connected'],
      [50, 'after the client connected'],
    ]);
    expect(lines[0].password).toBe('[redacted]');
  });

  it('is for holders of logs.read, with a known level', async () => {
    expect((await fetch(`${app.baseUrl}/api/v1/logs/stream`, { headers: { authorization: app.bearer(['journal.read']) } })).status).toBe(403);
    expect((await fetch(`${app.baseUrl}/api/v1/logs/stream?level=loud`, { headers: { authorization: app.bearer(['logs.read']) } })).status).toBe(400);
  });
});
