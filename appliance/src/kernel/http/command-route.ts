import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../errors.js';
import type { CommandFn, IdempotencyRequest, StoredResponse } from '../journal/command-bus.js';
import type { AppEnv } from './env.js';
import { successBody } from './envelope.js';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * Runs a state-changing command for an HTTP request and answers with the envelope. With an
 * `Idempotency-Key` header the response is stored with the command's effects, so a retry (even
 * after a restart) gets the first answer back and changes nothing. `present` turns the stored
 * result into the answer on every response, first and replayed: a command whose answer carries
 * personal data stores only a reference (the customer id) and presents the current record, so no
 * plaintext sits in `idempotency_keys`.
 */
export async function runCommand<T>(
  c: Context<AppEnv>,
  name: string,
  fn: CommandFn<T>,
  status: ContentfulStatusCode = 200,
  present?: (stored: T) => unknown,
): Promise<Response> {
  const commands = c.get('commands');
  const actor = c.get('actor');
  const options = { actor, correlationId: c.get('correlationId') };
  const key = c.req.header('idempotency-key');
  if (key === undefined) {
    const result = await commands.run(name, fn, options);
    return c.json(successBody(present ? present(result) : result), status);
  }
  const request = await idempotencyRequestOf(c, key);
  const stored = await commands.runIdempotent(name, fn, request, (result) => ({
    status,
    body: JSON.stringify(successBody(result)),
  }), options);
  return answerStored(c, stored, present);
}

/**
 * The stored answer of a request whose `Idempotency-Key` was already used, or null. A route that
 * acts outside the store before its command (asks a card terminal or a PIX gateway to charge)
 * answers a retry from here, so the customer is not charged a second time.
 */
export async function storedAnswer(c: Context<AppEnv>): Promise<Response | null> {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return null;
  const stored = c.get('commands').storedResponse(await idempotencyRequestOf(c, key));
  return stored && answerStored(c, stored);
}

/** The key's scope (caller, method, path) and the request's hash: a key reused for another request is refused. */
async function idempotencyRequestOf(c: Context<AppEnv>, key: string): Promise<IdempotencyRequest> {
  if (!KEY_PATTERN.test(key)) throw new AppError('IDEMPOTENCY_KEY_INVALID', 400);
  const actor = c.get('actor');
  const body = await c.req.text();
  const scope = `${actor ? `${actor.type}:${actor.id}` : 'anonymous'} ${c.req.method} ${c.req.path}`;
  const query = new URL(c.req.url).search;
  return { scope, key, requestHash: createHash('sha256').update(query).update('\n').update(body).digest('hex') };
}

function answerStored<T>(c: Context<AppEnv>, stored: StoredResponse, present?: (stored: T) => unknown): Response {
  c.header('Idempotent-Replayed', stored.replayed ? 'true' : 'false');
  c.header('Content-Type', 'application/json; charset=UTF-8');
  const answer = !present ? stored.body : JSON.stringify(successBody(present((JSON.parse(stored.body) as { data: T }).data)));
  return c.body(answer, stored.status as ContentfulStatusCode);
}
