/**
 * A manager who tries to cancel a note too late reads which note it was and how long its window
 * is: an NFC-e within 30 minutes of its authorization, an NF-e (a company's note) within 24 hours.
 * The NF-e's refusals used to speak of an NFC-e, and neither said the deadline.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../kernel/errors.js';
import { MessageCatalog } from '../../kernel/i18n/catalog.js';
import { fiscalMessages } from '../messages.pt-BR.js';
import type { NfeBuyer } from '../nfe55/buyer.js';
import { Nfe55Service } from '../nfe55/nfe55-service.js';
import { SefazSimulator } from '../simulators/sefaz-simulator.js';
import { referencePresent, regimeNormalSale, simplesSale, testEmitterConfig } from '../test-support/fixtures.js';
import { startServiceHarness, type ServiceHarness } from '../test-support/service-harness.js';
import { cancelDocument } from './cancellation.js';

const buyer: NfeBuyer = {
  cnpj: '11222333000181',
  ie: '110042490114',
  legalName: 'CONSTRUTORA EXEMPLO LTDA',
  address: { street: 'Avenida Paulista', number: '1000', district: 'Bela Vista', cityCode: '3550308', cityName: 'Sao Paulo', uf: 'SP', cep: '01310100' },
};
const JUSTIFICATION = 'Cliente desistiu da compra no caixa';

describe.runIf(referencePresent())('a cancellation past its window names the note and its deadline', () => {
  const simulator = new SefazSimulator();
  const catalog = new MessageCatalog();
  catalog.add('pt-BR', fiscalMessages);
  let dir: string;
  let h: ServiceHarness;

  const refusal = async (attempt: Promise<unknown>): Promise<{ code: string; text: string }> => {
    const error = (await attempt.then(() => undefined, (e: unknown) => e)) as AppError;
    return { code: error.code, text: catalog.t(error.messageKey, error.params) };
  };

  beforeAll(async () => {
    const baseUrl = await simulator.start();
    dir = mkdtempSync(join(tmpdir(), 'cancel-window-'));
    h = startServiceHarness(testEmitterConfig({ sefazBaseUrl: baseUrl, sefazCaPem: simulator.caPem }), { dir });
  });
  afterAll(async () => {
    h.close();
    await simulator.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an NFC-e: 30 minutes', async () => {
    const doc = await h.service.emitForOrder(simplesSale('late-nfce'));
    const late = { ...h.ctx, now: () => new Date(Date.now() + 31 * 60_000) };
    const { code, text } = await refusal(cancelDocument(late, doc.id, JUSTIFICATION));
    expect(code).toBe('FISCAL_CANCELLATION_WINDOW_EXPIRED');
    expect(text).toContain('NFC-e');
    expect(text).toContain('30 minutos');
  });

  it('an NF-e: 24 hours, and never called an NFC-e', async () => {
    const nfe = new Nfe55Service(h.ctx, 1);
    await nfe.request('late-nfe', buyer);
    const doc = await nfe.emitForOrder(regimeNormalSale('late-nfe'), buyer);
    expect(doc.status).toBe('AUTHORIZED');
    const late = { ...h.ctx, client: h.ctx.client.forModel(55), now: () => new Date(Date.now() + 25 * 3600_000) };
    const { code, text } = await refusal(cancelDocument(late, doc.id, JUSTIFICATION, 24 * 60));
    expect(code).toBe('FISCAL_CANCELLATION_WINDOW_EXPIRED');
    expect(text).toContain('NF-e');
    expect(text).not.toContain('NFC-e');
    expect(text).toContain('24 horas');
  });

  it('a note not authorized is refused in words that fit an NF-e too', async () => {
    expect(catalog.t('FISCAL_DOCUMENT_NOT_AUTHORIZED')).not.toMatch(/uma NFC-e autorizada/);
  });
});
