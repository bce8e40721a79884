/**
 * Receipt header/footer lines pushed by HQ (`configuration.changed`, keys `receipt.header` and
 * `receipt.footer`).
 *
 * - "refuses a pushed receipt line carrying printer control bytes or a bidirectional override":
 *   the store takes any text up to 48 characters per line, control characters included, and
 *   prints it on every customer receipt as raw bytes (the ESC/POS encoder does not filter them).
 *   A header line holding `ESC p 0 …` kicks the cash drawer open on every receipt printed, `GS V`
 *   cuts the paper, `ESC @` resets the printer; a right-to-left override makes a line read
 *   differently from what it holds. Every other printed name at the store refuses these
 *   characters. The store expects the push refused (`configuration.rejected`, INVALID_VALUE),
 *   its receipt lines unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createHqConfigurationApplier } from './hq-configuration.js';
import { readReceiptTexts } from './receipt-texts.js';

describe('HQ receipt lines at the store', () => {
  let app: TestAppliance;
  const applier = createHqConfigurationApplier('loja-1');
  let cursor = 0;
  const push = (key: string, value: unknown) => {
    cursor += 1;
    const message = { cursor, id: `00000000-0000-4000-8000-${String(cursor).padStart(12, '0')}`, type: 'configuration.changed', payload: { key, value }, createdAt: new Date().toISOString() };
    return app.ctx.commands.run('test.downstream', (tx) => ({ outcome: applier.apply(tx, message), messageId: message.id }));
  };
  const eventTypesOf = (messageId: string) =>
    (app.ctx.db.prepare("SELECT type FROM journal WHERE payload LIKE '%' || ? || '%' ORDER BY seq").pluck().all(messageId) as string[]);

  beforeAll(async () => {
    app = await startTestAppliance([]);
  });
  afterAll(() => app.close());

  it('refuses a pushed receipt line carrying printer control bytes or a bidirectional override', async () => {
    expect((await push('receipt.header', ['Rede Chefia'])).outcome).toBe('applied');
    const hostile: [string, string[] | string][] = [
      ['receipt.header', ['Rede Chefia', 'Bem-vindo\u001bp0\u0019\u00fa']], // ESC p: drawer kick
      ['receipt.footer', 'Volte sempre!\u001dV\u0001'], // GS V: paper cut
      ['receipt.header', ['Pizza R$ \u202e00,01']], // right-to-left override
    ];
    for (const [key, value] of hostile) {
      const { outcome, messageId } = await push(key, value);
      expect({ key, value, outcome }).toEqual({ key, value, outcome: 'ignored' });
      expect(eventTypesOf(messageId)).toEqual(['configuration.rejected']);
    }
    expect(readReceiptTexts(app.ctx.db)).toEqual({ headerLines: ['Rede Chefia'], footerLines: [] });
  });
});
