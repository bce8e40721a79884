import type { Api } from './test-support.js';

interface DocumentView {
  id: string;
  orderId: string;
  status: string;
  [field: string]: unknown;
}

/**
 * The order's document once SEFAZ answered. On a loaded machine the demo simulator can be slower
 * than the store's SEFAZ timeout, which sends the sale through offline contingency first; the
 * queue is then pushed (`POST /fiscal/transmit`, needs `fiscal.manage`) instead of waiting for the
 * transmitter's next tick, so the test sees the authorized document either way.
 */
export async function answeredDocumentOf(api: Api, orderId: string, timeoutMs = 60_000): Promise<DocumentView> {
  const deadline = Date.now() + timeoutMs;
  let last: DocumentView | undefined;
  while (Date.now() < deadline) {
    [last] = (await api.get(`/fiscal/documents?orderId=${orderId}`)).body.data as DocumentView[];
    if (last && last.status !== 'PENDING' && last.status !== 'CONTINGENCY') return last;
    if (last?.status === 'CONTINGENCY') await api.post('/fiscal/transmit');
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no answered document for ${orderId}: ${JSON.stringify(last)}`);
}
