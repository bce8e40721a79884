import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../appliance/src/kernel/paths.js';
import { RelayError } from './envelope.js';
import { relayMessage, relayMessages } from './messages.pt-BR.js';

const RELAY_SRC = join(repoRoot(), 'cloud-relay', 'src');

/** The relay's own source: not its tests, nor the simulators that play outside parties (they speak their APIs' English). */
function relaySources(dir = RELAY_SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return name === 'testing' ? [] : relaySources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !/simulator\.ts$/.test(name) ? [file] : [];
  });
}

/** Words that give away English in a text meant for people (none of them is Portuguese). */
const ENGLISH = /\b(the|is|are|not|invalid|missing|failed|error|required|unknown|must|please|cannot|found|only|already|store|request)\b/i;

describe('relay message catalog', () => {
  const sources = relaySources().map((file) => ({ file: relative(repoRoot(), file), text: readFileSync(file, 'utf8') }));

  it('has a pt-BR text for every code and message key a relay source names, and no text nobody uses', () => {
    const used = new Set<string>(['INTERNAL_ERROR', 'NOT_FOUND']);
    const problems: string[] = [];
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/new RelayError\(\s*([^,)]+)/g)) {
        const code = match[1].trim();
        if (!/^'[A-Z][A-Z0-9_]*'$/.test(code)) problems.push(`${file}: RelayError with a computed code ${code}`);
        used.add(code.replace(/'/g, ''));
      }
      // Message keys (typed RelayMessageKey, so tsc already refuses unknown ones): the catalog keys
      // named on any line that picks one (`messageKey: 'X'`, `const messageKey = a ? 'X' : 'Y'`).
      for (const line of text.split('\n').filter((l) => l.includes('messageKey'))) {
        for (const match of line.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) if (match[1] in relayMessages) used.add(match[1]);
      }
      // Inline text must not come back: a RelayError's third argument is its options, never a string.
      for (const match of text.matchAll(/new RelayError\('[A-Z0-9_]+', \d+, [`'"]/g)) problems.push(`${file}: inline message in ${match[0]}`);
      for (const match of text.matchAll(/\bfail\(c, '([A-Z0-9_]+)', \d+, (?!relayMessage\()/g)) problems.push(`${file}: fail(${match[1]}) without relayMessage`);
    }
    // Codes the admission refusal picks at run time.
    for (const key of ['RELAY_BUSY', 'RELAY_BUSY_STORE', 'RELAY_SHUTTING_DOWN']) expect(used.has(key), key).toBe(true);
    expect(problems).toEqual([]);
    const catalog = new Set(Object.keys(relayMessages));
    expect([...used].filter((key) => !catalog.has(key))).toEqual([]);
    expect([...catalog].filter((key) => !used.has(key))).toEqual([]);
  });

  it('writes every text in Portuguese, as a sentence, with its placeholders filled', () => {
    for (const [key, text] of Object.entries(relayMessages)) {
      expect(key).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(text, key).not.toMatch(ENGLISH);
      expect(text, key).toMatch(/^[A-ZÁÉÍÓÚÂÊÔÃÕÇ]/);
      expect(text, key).toMatch(/[.!?]$/);
      const placeholders = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const filled = relayMessage(key as keyof typeof relayMessages, Object.fromEntries(placeholders.map((name) => [name, 7])));
      expect(filled, key).not.toMatch(/\{\w+\}/);
    }
    const busy = new RelayError('RELAY_BUSY', 429, { params: { seconds: 3 }, retryAfterSeconds: 3, details: { reason: 'QUEUE_FULL' } });
    expect(busy).toMatchObject({ code: 'RELAY_BUSY', status: 429, retryAfterSeconds: 3, details: { reason: 'QUEUE_FULL' } });
    expect(busy.message).toBe('A matriz está ocupada agora; a loja reenvia este lote sozinha em 3 s, sem perder nada.');
    expect(new RelayError('UNAUTHENTICATED', 401, { messageKey: 'STORE_CREDENTIAL_UNKNOWN' }).message).toBe('Credencial de loja desconhecida.');
  });

  it('leaves no English text in what the relay answers people', () => {
    // Texts handed to people outside the catalog: HTML pages and plain-text answers.
    const stragglers: string[] = [];
    for (const { file, text } of sources) {
      for (const match of text.matchAll(/c\.text\(\s*'([^']+)'/g)) if (ENGLISH.test(match[1])) stragglers.push(`${file}: ${match[1]}`);
      for (const match of text.matchAll(/error="([^"]+)"/g)) if (ENGLISH.test(match[1])) stragglers.push(`${file}: ${match[1]}`);
    }
    expect(stragglers).toEqual([]);
  });
});
